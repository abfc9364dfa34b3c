// Byte strings: one character per byte. The patcher splices sheet XML in this form because every piece of
// markup is ASCII, so UTF-8 text passes through untouched, with no UTF-8 decode or encode of a 40 MB part,
// and V8 keeps one-byte strings at half the memory.
import { strFromU8, strToU8 } from "fflate";

type NodeBufferView = { toString(enc: string): string } & Uint8Array;
type NodeBuffer = {
  from(data: string, enc: string): NodeBufferView;
  from(data: ArrayBufferLike, byteOffset: number, length: number): NodeBufferView;
};
// Buffer when running in Node (much faster); fflate's latin1 helpers elsewhere.
const NodeBuf = (globalThis as unknown as { Buffer?: NodeBuffer }).Buffer;

/** A view of the same memory (Buffer.from(uint8array) would copy). */
function view(data: Uint8Array): NodeBufferView {
  return NodeBuf!.from(data.buffer, data.byteOffset, data.byteLength);
}

export function bytesToBinary(data: Uint8Array): string {
  if (NodeBuf) return view(data).toString("latin1");
  return strFromU8(data, true);
}

/** UTF-8 bytes to text; Node's decoder is several times faster than TextDecoder on big parts. */
export function bytesToText(data: Uint8Array): string {
  if (NodeBuf)
    return view(data)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  return strFromU8(data).replace(/^\uFEFF/, "");
}

export function binaryToBytes(text: string): Uint8Array {
  if (NodeBuf) {
    const b = NodeBuf.from(text, "latin1");
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  return strToU8(text, true);
}

/** A Unicode string (new XML we generate) as a byte string of its UTF-8 encoding. */
export function utf8Binary(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  if (NodeBuf) return NodeBuf.from(text, "utf8").toString("latin1");
  return strFromU8(strToU8(text), true);
}
