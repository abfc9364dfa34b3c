// SPEC §4: each status, each modifier and their order, through the whole classifySheet path.

import { defaultRules } from "../../src/core";
import { statusOf } from "../../src/core/status";
import { one, run, row } from "./grid";

const TIER2 = { planned: 97 }; // fails tier-1 planned birth rate only
const TIER3 = { planned: 94 }; // fails tier-2 as well

describe("status from achieved, prior and target tier", () => {
  test.each([
    // [what, changes, tier, status, amount, shares]
    ["met: A = T", { prior: "二类", target: "一类" }, 1, "met", 20000, [6000, 6000, 4000, 4000]],
    ["ahead: A better than T", { prior: "三类", target: "进二类" }, 1, "ahead", 30000, [9000, 9000, 6000, 6000]],
    ["failed: A worse than T, not worse than P", { ...TIER2, prior: "二类", target: "二类进一类" }, 2, "failed", -20000, [-6000, -6000, -4000, -4000]],
    ["dropped: A worse than P", { ...TIER2, prior: "一类", target: "保持一类" }, 2, "dropped", -30000, [-9000, -9000, -6000, -6000]],
    ["dropped wins over failed", { ...TIER3, prior: "二类", target: "一类" }, 3, "dropped", -30000, [-9000, -9000, -6000, -6000]],
    ["blank prior is 3: tier 3 with target 3 is met", { ...TIER3, prior: null, target: "三类" }, 3, "met", 20000, [6000, 6000, 4000, 4000]],
    ["no target: no money even when dropped", { ...TIER3, prior: "一类", target: null }, 3, "no-target", 0, [0, 0, 0, 0]],
  ] as const)("%s", (_what, changes, tier, status, amount, shares) => {
    expect(one(changes)).toMatchObject({ tier, status, amount, shares });
  });
});

describe("modifiers in SPEC order", () => {
  test("falsified advancement: effective tier = worse of A (1) and P (2) = 2, below target 一类 → failed; tier still shows A", () => {
    const r = one({ prior: "二类", target: "一类", falsified: "是" });
    expect(r).toMatchObject({ tier: 1, status: "failed", amount: -20000 });
    expect(r.reasons).toEqual(["取消当年评先评优资格；通报批评、诫勉谈话", "弄虚作假：取消进位资格"]);
  });

  test("falsified without advancement: met becomes disqualified", () => {
    expect(one({ prior: "一类", target: "一类", falsified: "是" })).toMatchObject({ tier: 1, status: "disqualified", amount: 0, shares: [0, 0, 0, 0], reasons: ["弄虚作假：取消进位资格"] });
  });

  test("falsified on a fine: the fine stands", () => {
    expect(one({ ...TIER2, prior: "一类", target: "一类", falsified: "是" })).toMatchObject({ status: "dropped", amount: -30000 });
  });

  test("veto: a reward becomes vetoed with 0", () => {
    expect(one({ veto: "是" })).toMatchObject({ status: "vetoed", amount: 0, reasons: ["一票否决：不得奖励"] });
  });

  test("veto: fines unchanged", () => {
    expect(one({ ...TIER2, prior: "二类", target: "一类", veto: "是" })).toMatchObject({ status: "failed", amount: -20000 });
  });

  test("not verified: a reward is pending with 0; fines not suspended", () => {
    expect(one({ verified: "否" })).toMatchObject({ status: "pending", amount: 0, reasons: ["待市级验收确认"] });
    expect(one({ ...TIER2, prior: "一类", target: "一类", verified: "否" })).toMatchObject({ status: "dropped", amount: -30000 });
  });

  test("falsified + veto: falsified comes first → disqualified", () => {
    expect(one({ falsified: "是", veto: "是" })).toMatchObject({ status: "disqualified", amount: 0 });
  });

  test("veto + unverified: veto comes first → vetoed", () => {
    expect(one({ veto: "是", verified: "否" })).toMatchObject({ status: "vetoed", amount: 0 });
  });

  test("unverified ahead → pending", () => {
    expect(one({ prior: "三类", target: "二类", verified: "否" })).toMatchObject({ status: "pending", amount: 0 });
  });
});

describe("statusOf directly", () => {
  const amounts = defaultRules().amounts;
  const base = { verified: true, veto: false, falsified: false };

  test("falsified ahead with prior 3 becomes failed through the effective tier", () => {
    expect(statusOf({ ...base, tier: 1, priorTier: 3, targetTier: 2, falsified: true }, amounts)).toEqual({ status: "failed", amount: -20000, notes: ["sanction.failed", "note.falsified"] });
  });

  test("custom amounts flow through", () => {
    expect(statusOf({ ...base, tier: 1, priorTier: 2, targetTier: 2 }, { ahead: 5, met: 4, failed: -3, dropped: -2 })).toEqual({ status: "ahead", amount: 5, notes: [] });
  });
});

test("English reasons for sanctions and notes", () => {
  const r = run([row({ planned: 97, prior: "一类", target: "一类" })], "en").rows[0];
  expect(r.reasons).toEqual(["Planned birth rate 97 < 98 (tier 1), short by 1", "No honours this year; the deputy in charge and the family-planning officer are not promoted this year"]);
});
