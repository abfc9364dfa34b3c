// An amount -> four whole-yuan shares in the rules' ratio, by largest remainder (SPEC §4),
// so the shares always add up to the amount exactly.

export type Shares = [number, number, number, number];

function positiveSplit(amount: number, ratio: ArrayLike<number>): Shares {
  const total = ratio[0] + ratio[1] + ratio[2] + ratio[3];
  const shares: Shares = [0, 0, 0, 0];
  const fractions = [0, 0, 0, 0];
  let given = 0;
  for (let i = 0; i < 4; i++) {
    const quota = (amount * ratio[i]) / total;
    shares[i] = Math.floor(quota);
    fractions[i] = quota - shares[i];
    given += shares[i];
  }
  // Stable order: the largest fraction first, ties to the earlier role.
  const order = [0, 1, 2, 3].sort((a, b) => fractions[b] - fractions[a] || a - b);
  let left = amount - given;
  // Float rounding can leave the floors one yuan off either way; the loops settle it exactly.
  for (let k = 0; left > 0; k = (k + 1) % 4, left--) shares[order[k]]++;
  for (let k = 3; left < 0; k = (k + 3) % 4, left++) shares[order[k]]--;
  return shares;
}

/** Negative amounts (fines) split their absolute value and negate, so fines mirror rewards. */
export function splitAmount(amount: number, ratio: ArrayLike<number>): Shares {
  if (amount === 0) return [0, 0, 0, 0];
  if (amount > 0) return positiveSplit(amount, ratio);
  const s = positiveSplit(-amount, ratio);
  return [-s[0], -s[1], -s[2], -s[3]];
}
