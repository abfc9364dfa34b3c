// A hash table keyed by numbers read from typed arrays. A Map would box every double key into a
// heap number on each lookup; this table hashes the double's bits instead, so a lookup allocates nothing.

const bits = new Float64Array(1);
const halves = new Int32Array(bits.buffer);

function hashOf(key: number): number {
  bits[0] = key === 0 ? 0 : key; // -0 and 0 are one key, as in a Map
  const h = Math.imul(halves[0] ^ Math.imul(halves[1], 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

export class NumberTable<T> {
  private keys = new Float64Array(64);
  private values: (T | undefined)[] = new Array(64);
  private size = 0;

  get(key: number): T | undefined {
    const mask = this.keys.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const value = this.values[i];
      if (value === undefined || this.keys[i] === key) return value;
    }
  }

  /** Adds a key that is not in the table yet. */
  add(key: number, value: T): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = hashOf(key) & mask;
    while (this.values[i] !== undefined) i = (i + 1) & mask;
    this.keys[i] = key;
    this.values[i] = value;
    this.size++;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      if (value !== undefined) this.add(keys[i], value);
    }
  }
}
