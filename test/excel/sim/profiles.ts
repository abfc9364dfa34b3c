// Which Excel the simulator pretends to be. Versions are ExcelApi minor numbers (1.7 → 7).

export interface SimProfile {
  name: "vl2016" | "vl2019" | "m365";
  excelApi: number; // highest supported ExcelApi minor version
  sets: Record<string, number>; // other requirement sets: name → highest minor version
}

export const PROFILES: Record<SimProfile["name"], SimProfile> = {
  vl2016: { name: "vl2016", excelApi: 1, sets: {} },
  vl2019: { name: "vl2019", excelApi: 7, sets: {} },
  m365: { name: "m365", excelApi: 20, sets: { SharedRuntime: 1, DialogApi: 1, AddinCommands: 1, RibbonApi: 1 } },
};

function minor(version: string | undefined): number {
  if (!version) return 1;
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** Office.context.requirements.isSetSupported for a profile. */
export function isSetSupported(profile: SimProfile, name: string, version?: string): boolean {
  const want = minor(version);
  if (name === "ExcelApi") return want <= profile.excelApi;
  const have = profile.sets[name];
  return have !== undefined && want <= have;
}
