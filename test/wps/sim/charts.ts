// Charts in the simulated ET: ChartObjects() (a method) and Shapes, both listing every chart of the
// sheet; which one can add a chart is SimOptions.chartRoute. Points are 1-based and keep the colours
// written through Format.Fill / Format.Line (BGR) or through Interior.
import type { SimEnv } from "./env";
import type { SimChart, SimPoint, SimSheet } from "./model";
import { parseAddress } from "./range";

function chartApi(env: SimEnv, sheet: SimSheet, chart: SimChart) {
  const categories = () => {
    if (!chart.source) throw new Error("SeriesCollection: the chart has no data");
    return parseAddress(chart.source).rows;
  };
  const point = (i: number): SimPoint => {
    if (!Number.isInteger(i) || i < 1 || i > categories()) throw new Error(`Points(${i}): 下标越界`);
    return (chart.points[i] = chart.points[i] || { fill: null, line: null, interior: null });
  };
  const colour = (set: (p: SimPoint, v: number) => void, i: number, allowed: boolean) => ({
    get RGB(): number {
      return point(i).fill ?? 0;
    },
    set RGB(v: number) {
      if (!allowed) throw new Error("Format: not available for chart points in this build");
      env.write(sheet);
      set(point(i), v);
    },
  });
  const formats = env.options.pointColour === "format";
  const series = {
    get HasDataLabels() {
      return chart.dataLabels;
    },
    set HasDataLabels(v: boolean) {
      env.write(sheet);
      chart.dataLabels = v;
    },
    Points(i: number) {
      point(i);
      return {
        Format: {
          Fill: { ForeColor: colour((p, v) => (p.fill = v), i, formats) },
          Line: { ForeColor: colour((p, v) => (p.line = v), i, formats) },
        },
        Interior: {
          get Color(): number {
            return point(i).interior ?? 0xffffff;
          },
          set Color(v: number) {
            env.write(sheet);
            point(i).interior = v;
          },
        },
      };
    },
  };
  return {
    get ChartType() {
      return chart.type;
    },
    set ChartType(v: number) {
      chart.type = v;
    },
    get HasTitle() {
      return chart.hasTitle;
    },
    set HasTitle(v: boolean) {
      chart.hasTitle = v;
    },
    get HasLegend() {
      return chart.hasLegend;
    },
    set HasLegend(v: boolean) {
      chart.hasLegend = v;
    },
    ChartTitle: {
      get Text() {
        return chart.title;
      },
      set Text(v: string) {
        if (!chart.hasTitle) throw new Error("ChartTitle: the chart has no title (HasTitle)");
        chart.title = v;
      },
    },
    SetSourceData(
      range: { rect: { row: number; col: number; rows: number; cols: number }; Address(): string },
      plotBy?: number,
    ) {
      env.write(sheet);
      chart.source = range.Address();
      chart.plotBy = plotBy ?? null;
    },
    SeriesCollection(i: number) {
      if (i !== 1) throw new Error(`SeriesCollection(${i}): 下标越界`);
      categories();
      return series;
    },
  };
}

function newChart(
  env: SimEnv,
  sheet: SimSheet,
  route: SimChart["route"],
  type: number,
  l: number,
  t: number,
  w: number,
  h: number,
) {
  env.write(sheet);
  const chart: SimChart = {
    route,
    left: l,
    top: t,
    width: w,
    height: h,
    type,
    source: null,
    plotBy: null,
    hasTitle: false,
    title: "",
    hasLegend: true,
    dataLabels: false,
    points: {},
  };
  sheet.charts.push(chart);
  return chart;
}

function holder(env: SimEnv, sheet: SimSheet, chart: SimChart) {
  return {
    Chart: chartApi(env, sheet, chart),
    HasChart: true,
    Delete() {
      env.write(sheet);
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      return true;
    },
  };
}

export function chartObjects(env: SimEnv, sheet: SimSheet) {
  return {
    get Count() {
      return sheet.charts.length;
    },
    Item(i: number) {
      const chart = sheet.charts[i - 1];
      if (!chart) throw new Error(`ChartObjects.Item(${i}): 下标越界`);
      return holder(env, sheet, chart);
    },
    Add(l: number, t: number, w: number, h: number) {
      if (env.options.chartRoute !== "chartObjects") throw new Error("ChartObjects.Add: 不支持");
      return holder(env, sheet, newChart(env, sheet, "chartObjects", 51, l, t, w, h));
    },
  };
}

export function shapes(env: SimEnv, sheet: SimSheet) {
  return {
    get Count() {
      return sheet.charts.length;
    },
    Item(i: number) {
      const chart = sheet.charts[i - 1];
      if (!chart) throw new Error(`Shapes.Item(${i}): 下标越界`);
      return holder(env, sheet, chart);
    },
    AddChart2(style: number, type: number, l: number, t: number, w: number, h: number) {
      if (env.options.chartRoute !== "shapes" || style === -1) return null;
      return holder(env, sheet, newChart(env, sheet, "shapes", type, l, t, w, h));
    },
  };
}
