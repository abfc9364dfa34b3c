// Excel.ChartCollection and Excel.Chart: enough to add, title, position, list and delete charts.
import { formatRect } from "./address";
import { propNames, SimContext, SimObject } from "./context";
import { SimExcelError } from "./errors";
import type { SimChart as SimChartModel } from "./model";
import { SimRange, writableSheet } from "./range";
import type { SimWorksheet } from "./worksheet";

const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "Pie"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

type Act = (label: string, api: number, payload: unknown, change: (m: SimChartModel) => void) => void;

/** Chart.series.getItemAt(i).points.getItemAt(j).format: fill (ExcelApi 1.1), border (1.7). */
class SimPointFormat {
  readonly fill: { setSolidColor(color: string): void; clear(): void };
  readonly border: { color: string };
  constructor(act: Act, point: number) {
    this.fill = {
      setSolidColor: (color: string) => act("ChartFill.setSolidColor", 1, color, (m) => { m.pointFills[point] = color.toUpperCase(); }),
      clear: () => act("ChartFill.clear", 1, undefined, (m) => { delete m.pointFills[point]; }),
    };
    this.border = {
      set color(v: string) { act("ChartBorder.color", 7, v, (m) => { m.pointBorders[point] = v.toUpperCase(); }); },
      get color(): string { throw new SimExcelError("PropertyNotLoaded", "ChartBorder.color", "color"); },
    };
  }
}

/** One series (only the first exists: our charts have one). Points are checked against the chart's source rows. */
class SimSeries {
  readonly points: { getItemAt(index: number): { format: SimPointFormat } };
  constructor(act: Act, series: number) {
    this.points = {
      getItemAt: (index: number) => {
        const guarded: Act = (label, api, payload, change) =>
          act(label, api, payload, (m) => {
            const rows = Number(/\d+$/.exec(m.source)?.[0]) - Number(/^[A-Z]+(\d+)/.exec(m.source)?.[1]) + 1;
            if (series !== 0 || index < 0 || index >= rows) throw new SimExcelError("ItemNotFound", "ChartPointsCollection.getItemAt");
            change(m);
          });
        return { format: new SimPointFormat(guarded, index) };
      },
    };
  }
}

export class SimChartProxy extends SimObject {
  private model: SimChartModel | undefined;
  readonly title: { text: string };
  /** ExcelApi 1.1. */
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly series: { getItemAt(index: number): SimSeries };

  constructor(ctx: SimContext, private readonly worksheet: SimWorksheet, create: (() => SimChartModel) | SimChartModel) {
    super(ctx);
    const self = this;
    this.title = {
      set text(v: string) { self.act("ChartTitle.text", v, (m) => { m.title = v; }); },
      get text(): string { throw new SimExcelError("PropertyNotLoaded", "ChartTitle.text", "text"); },
    };
    const act: Act = (label, api, payload, change) => this.act(label, payload, change, api);
    this.legend = {
      set visible(v: boolean) { act("ChartLegend.visible", 1, v, (m) => { m.legend = v; }); },
      get visible(): boolean { throw new SimExcelError("PropertyNotLoaded", "ChartLegend.visible", "visible"); },
    };
    this.dataLabels = {
      set showValue(v: boolean) { act("ChartDataLabels.showValue", 1, v, (m) => { m.dataLabels = v; }); },
      get showValue(): boolean { throw new SimExcelError("PropertyNotLoaded", "ChartDataLabels.showValue", "showValue"); },
    };
    this.series = { getItemAt: (index: number) => new SimSeries(act, index) };
    if (typeof create !== "function") { this.model = create; return; }
    ctx.enqueue({ label: "ChartCollection.add", api: 1, run: () => { this.model = create(); return undefined; } });
  }

  get name(): string { return this.get("name"); }

  setPosition(startCell: string, endCell?: string): void {
    this.act("Chart.setPosition", [startCell, endCell], (m) => { m.anchor = startCell; });
  }

  delete(): void {
    this.act("Chart.delete", undefined, (m) => {
      const s = this.worksheet.liveSheet("Chart.delete");
      s.charts = s.charts.filter((c) => c !== m);
    });
  }

  private act(label: string, payload: unknown, change: (m: SimChartModel) => void, api = 1): void {
    this.ctx.enqueue({
      label, api, payload,
      run: () => {
        writableSheet(this.worksheet.liveSheet(label), label);
        if (!this.model) throw new SimExcelError("ItemNotFound", label);
        change(this.model);
        return undefined;
      },
    });
  }
}

export class SimChartCollection extends SimObject {
  private loadedItems: SimChartProxy[] | undefined;
  constructor(ctx: SimContext, private readonly worksheet: SimWorksheet) {
    super(ctx);
  }

  get items(): SimChartProxy[] {
    if (!this.loadedItems) throw new SimExcelError("PropertyNotLoaded", "ChartCollection.items", "items");
    return this.loadedItems;
  }

  load(spec?: unknown): this {
    this.ctx.enqueue({
      label: "ChartCollection.load", api: 1, payload: propNames(spec),
      run: () => this.worksheet.liveSheet("ChartCollection.load").charts.map((c) => ({ name: c.name, chart: c })),
      apply: (r) => {
        this.loadedItems = (r as { name: string; chart: SimChartModel }[]).map(({ name, chart }) => {
          const proxy = new SimChartProxy(this.ctx, this.worksheet, chart);
          proxy.receive({ name });
          return proxy;
        });
      },
    });
    return this;
  }

  add(type: string, sourceData: SimRange, seriesBy: string = "Auto"): SimChartProxy {
    return new SimChartProxy(this.ctx, this.worksheet, () => {
      const sheet = writableSheet(this.worksheet.liveSheet("ChartCollection.add"), "ChartCollection.add");
      const src = sourceData.resolved();
      if (!CHART_TYPES.has(type) || !SERIES_BY.has(seriesBy) || !src) {
        throw new SimExcelError("InvalidArgument", "ChartCollection.add");
      }
      const chart: SimChartModel = {
        name: `Chart ${sheet.charts.length + 1}`, type, source: formatRect(src.rect), seriesBy, title: "", anchor: null,
        legend: true, dataLabels: false, pointFills: {}, pointBorders: {},
      };
      sheet.charts.push(chart);
      return chart;
    });
  }
}

