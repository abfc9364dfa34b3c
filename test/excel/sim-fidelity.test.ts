// The simulator behaves like Excel where the adapter could go wrong.
import { createSimHost, newWorkbook, sheetFromGrid, cellAt, SimHost } from "./sim";
import { SimRequestContext } from "./sim/host";

function host(profile: "vl2016" | "vl2019" | "m365" = "m365", payloadLimit?: number): SimHost {
  const sheet = sheetFromGrid("Data", [["a", 1], ["b", 2]]);
  return createSimHost({ workbook: newWorkbook([sheet]), profile, payloadLimit });
}

const run = <T>(h: SimHost, batch: (ctx: SimRequestContext) => Promise<T>): Promise<T> =>
  h.Excel.run(batch as (ctx: unknown) => Promise<unknown>) as Promise<T>;

const errorCode = (p: Promise<unknown>) => p.then(() => "no error", (e: { code: string }) => e.code);

describe("simulator fidelity", () => {
  it("throws PropertyNotLoaded for a property that was not loaded, and before sync", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow("The property 'values' is not available");
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("turns '=', '+x', '-x' and '@x' text into formulas unless the cell is formatted as text", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C1:F1").values = [["=1+1", "+A1", "-A1", "@A1"]];
      ws.getRange("C2:F2").numberFormat = [["@", "@", "@", "@"]];
      ws.getRange("C2:F2").values = [["=1+1", "+A1", "-A1", "@A1"]];
      ws.getRange("G1:H1").values = [["-5", "12.5"]];
      await ctx.sync();
    });
    const s = h.state.workbook.sheets[0];
    expect([2, 3, 4, 5].map((c) => cellAt(s, 0, c).formula)).toEqual(["=1+1", "=+A1", "=-A1", "=@A1"]);
    expect([2, 3, 4, 5].map((c) => cellAt(s, 1, c))).toEqual(
      ["=1+1", "+A1", "-A1", "@A1"].map((value) => ({ value, numberFormat: "@", fill: null, bold: false })),
    );
    expect([cellAt(s, 0, 6).value, cellAt(s, 0, 7).value]).toEqual([-5, 12.5]);
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const h = host();
    await run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[null, ""]];
      await ctx.sync();
    });
    const s = h.state.workbook.sheets[0];
    expect([cellAt(s, 0, 0).value, cellAt(s, 0, 1).value]).toEqual(["a", ""]);
  });

  it("refuses a request or a response over the payload limit at sync()", async () => {
    const h = host("m365", 1000);
    const big = [Array.from({ length: 200 }, (_, i) => `x${i}`)];
    const req = run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A5:GR5").values = big;
      await ctx.sync();
    });
    expect(await errorCode(req)).toBe("RequestPayloadSizeLimitExceeded");
    expect(cellAt(h.state.workbook.sheets[0], 4, 0).value).toBe("");
    h.state.payloadLimit = 5000;
    await run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A5:GR5").values = big;
      await ctx.sync();
    });
    h.state.payloadLimit = 1000;
    const res = run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A5:GR5").load("values");
      await ctx.sync();
    });
    expect(await errorCode(res)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("refuses writes to a protected sheet with AccessDenied and reports protection on 1.2+", async () => {
    const h = host();
    h.state.workbook.sheets[0].protected = true;
    const write = run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.load("protection/protected");
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      ws.getRange("A1").values = [["changed"]];
      await ctx.sync();
    });
    expect(await errorCode(write)).toBe("AccessDenied");
    expect(cellAt(h.state.workbook.sheets[0], 0, 0).value).toBe("a");
  });

  it("fails an API above the profile at sync() with ApiNotFound and answers isSetSupported per profile", async () => {
    const h = host("vl2016");
    const office = h.Office as { context: { requirements: { isSetSupported(n: string, v?: string): boolean } } };
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.2")).toBe(false);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    const p = run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getUsedRange(true).load("address");
      await ctx.sync();
    });
    expect(await errorCode(p)).toBe("ApiNotFound");
    const v19 = host("vl2019");
    await run(v19, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 2, 2).load("values");
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["b", 2]]);
    });
    expect(await errorCode(run(v19, async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      await ctx.sync();
    }))).toBe("ApiNotFound");
  });

  it("derives ranges like Excel 1.1: getCell beyond the range, getBoundingRect, getEntireRow, getIntersection", async () => {
    const h = createSimHost({ workbook: newWorkbook([sheetFromGrid("Data", [[null, null], [null, "x", 1], [null, "y", 2]])]), profile: "vl2016" });
    await run(h, async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Data").getUsedRange();
      const band = used.getCell(0, 0).getBoundingRect(used.getCell(99, 0)).getEntireRow();
      const top = used.getIntersection(band).load("address, values");
      const rows = band.load("address");
      await ctx.sync();
      expect([rows.address, top.address, top.values]).toEqual(["Data!A2:XFD101", "Data!B2:C3", [["x", 1], ["y", 2]]]);
    });
    expect(await errorCode(run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1").getIntersection(ws.getRange("C3")).load("address");
      await ctx.sync();
    }))).toBe("ItemNotFound");
    expect(await errorCode(run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1048570").getCell(99, 0).load("address");
      await ctx.sync();
    }))).toBe("InvalidArgument");
  });

  it("gives A1 as the used range of a blank sheet and counts syncs with their sizes", async () => {
    const h = createSimHost({ workbook: newWorkbook([sheetFromGrid("Blank", [])]) });
    await run(h, async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("address, values");
      await ctx.sync();
      expect([r.address, r.values]).toEqual(["Blank!A1", [[""]]]);
    });
    expect(h.stats.syncs).toHaveLength(1);
    expect(h.stats.syncs[0].response).toBeGreaterThan(0);
  });

  it("reports a null object for a missing sheet and ItemNotFound from getItem", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("规则");
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
    expect(await errorCode(run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("规则").load("name");
      await ctx.sync();
    }))).toBe("ItemNotFound");
  });

  it("paints every area of getRanges on ExcelApi 1.9+ and counts its bytes like any operation", async () => {
    const h = host();
    await run(h, async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Data").getRanges("A1:A2, B2,C4:D5");
      areas.format.fill.color = "#ffc7ce";
      areas.format.font.bold = true;
      areas.load("address, areaCount, cellCount");
      await ctx.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["Data!A1:A2,Data!B2,Data!C4:D5", 3, 7]);
    });
    const s = h.state.workbook.sheets[0];
    const painted = [[0, 0], [1, 0], [1, 1], [3, 2], [3, 3], [4, 2], [4, 3]];
    for (const [r, c] of painted) expect([cellAt(s, r, c).fill, cellAt(s, r, c).bold]).toEqual(["#FFC7CE", true]);
    expect([cellAt(s, 0, 1).fill, cellAt(s, 2, 2).fill]).toEqual([null, null]);
    // five operations (getItem, getRanges, two paints, load) of 150 bytes framing each, plus their JSON payloads
    const payload = JSON.stringify("Data").length + JSON.stringify("A1:A2, B2,C4:D5").length + JSON.stringify("#ffc7ce").length + JSON.stringify(true).length
      + JSON.stringify(["address", "areaCount", "cellCount"]).length;
    expect(h.stats.syncs[0]).toMatchObject({ ops: 5, request: 5 * 150 + payload });
  });

  it("fails getRanges below ExcelApi 1.9 with ApiNotFound at sync(), changing nothing", async () => {
    for (const profile of ["vl2016", "vl2019"] as const) {
      const h = host(profile);
      const p = run(h, async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRanges("A1,B2").format.fill.color = "#FFC7CE";
        await ctx.sync();
      });
      expect(await errorCode(p)).toBe("ApiNotFound");
      expect(cellAt(h.state.workbook.sheets[0], 0, 0).fill).toBeNull();
    }
  });

  it("refuses a getRanges address over 8,192 characters (Excel would truncate it) and accepts 8,192", async () => {
    const cells = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}`).join(",");
    let list = cells(2000);
    while (list.length > 8192) list = list.slice(0, list.lastIndexOf(","));
    expect(list.length).toBeGreaterThan(8180);
    const ok = host();
    await run(ok, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges(list).format.fill.color = "#C6EFCE";
      await ctx.sync();
    });
    const lastRow = Number(list.slice(list.lastIndexOf(",") + 2)) - 1;
    expect(cellAt(ok.state.workbook.sheets[0], lastRow, 0).fill).toBe("#C6EFCE");
    const tooLong = host();
    const p = run(tooLong, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges(`${list},B1`).format.fill.color = "#C6EFCE";
      await ctx.sync();
    });
    expect(await errorCode(p)).toBe("InvalidArgument");
    expect(cellAt(tooLong.state.workbook.sheets[0], 0, 0).fill).toBeNull();
  });

  it("refuses RangeAreas writes on a protected sheet with AccessDenied", async () => {
    const h = host();
    h.state.workbook.sheets[0].protected = true;
    const p = run(h, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges("A1,B2").format.font.bold = true;
      await ctx.sync();
    });
    expect(await errorCode(p)).toBe("AccessDenied");
  });
});
