// The drawing and chart parts of a clustered column chart (ChartSpec) on a sheet we write.
import { ChartSpec, Fill } from "../core/types";
import { escapeXml, parseA1 } from "./xml";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * Bar colours: the fill of the tier's cells, outlined in the matching dark text colour of Excel's
 * Good / Neutral / Bad styles. Every colour is explicit: without a theme part, a series with no
 * spPr of its own draws no bars in LibreOffice.
 */
const BAR_RGB: Record<Fill, { fill: string; line: string }> = {
  green: { fill: "C6EFCE", line: "006100" },
  amber: { fill: "FFEB9C", line: "9C5700" },
  red: { fill: "FFC7CE", line: "9C0006" },
};
const DEFAULT_BAR = { fill: "8EA9DB", line: "2F5597" };

function shapeProps(rgb: { fill: string; line: string }): string {
  return (
    `<c:spPr><a:solidFill><a:srgbClr val="${rgb.fill}"/></a:solidFill>` +
    `<a:ln w="12700"><a:solidFill><a:srgbClr val="${rgb.line}"/></a:solidFill></a:ln></c:spPr>`
  );
}

/** The count on each bar, in black, above it. */
const DATA_LABELS =
  `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
  `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
  `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

/** 'Sheet name'!$A$4:$A$6 */
function sheetRange(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((ref) => ref.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

function cache(tag: "strCache" | "numCache", values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  const fmt = tag === "numCache" ? "<c:formatCode>General</c:formatCode>" : "";
  return `<c:${tag}>${fmt}<c:ptCount val="${values.length}"/>${pts}</c:${tag}>`;
}

export function chartXml(
  sheet: string,
  spec: ChartSpec,
  categories: (string | number | null)[],
  values: (string | number | null)[],
): string {
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const numbers = values.map((v) => (typeof v === "number" ? v : v === null ? null : Number(v)));
  const points = (spec.fills ?? [])
    .map(
      (fill, i) =>
        `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${shapeProps(BAR_RGB[fill])}</c:dPt>`,
    )
    .join("");
  // CT_BarSer order: idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt*, dLbls, …, cat, val.
  const ser =
    `<c:ser><c:idx val="0"/><c:order val="0"/>${shapeProps(DEFAULT_BAR)}<c:invertIfNegative val="0"/>${points}` +
    (spec.dataLabels ? DATA_LABELS : "") +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetRange(sheet, spec.categories))}</c:f>${cache("strCache", categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetRange(sheet, spec.values))}</c:f>${cache("numCache", numbers)}</c:numRef></c:val></c:ser>`;
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}` +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A drawing holding one chart, anchored at spec.anchor and spanning 8 columns × 15 rows. */
export function drawingXml(spec: ChartSpec, chartRId: string): string {
  const at = parseA1(spec.anchor) ?? { row: 2, col: 5 };
  const marker = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor>` +
    marker("from", at.col - 1, at.row - 1) +
    marker("to", at.col - 1 + 8, at.row - 1 + 15) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
    `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartRId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
