/**
 * The balance formula — the one place it is written down. Other issues, the API and the
 * reports rely on it exactly as it is:
 *
 *   every strain and resource item is answered on 1–5
 *   (1 = very little, 5 = very much: how much this strain weighs on me / how much of this resource I have)
 *
 *   balance = mean(resource answers) − mean(strain answers), from −4 to +4
 *
 * Positive means the resources outweigh the strains. A side with no answers has no mean, and
 * then there is no balance: guessing a neutral value would tilt the scale on invented data.
 */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const BALANCE_MIN = SCALE_MIN - SCALE_MAX;
export const BALANCE_MAX = SCALE_MAX - SCALE_MIN;

export type BalanceSide = 'strain' | 'resource';

export interface SideAnswer {
  side: BalanceSide;
  value: number;
}

export interface Balance {
  strainMean: number;
  resourceMean: number;
  /** resourceMean − strainMean, in [−4, +4]. */
  balance: number;
}

export function isScaleValue(value: number): boolean {
  return Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

/** Mean of the answers on one side, or null when that side has none. */
export function sideMean(answers: readonly SideAnswer[], side: BalanceSide): number | null {
  let sum = 0;
  let count = 0;
  for (const answer of answers) {
    if (answer.side !== side) continue;
    if (!isScaleValue(answer.value)) {
      throw new RangeError(`A ${side} answer must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}, got ${answer.value}`);
    }
    sum += answer.value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** The balance of one leader's answers, or null until both sides have at least one answer. */
export function computeBalance(answers: readonly SideAnswer[]): Balance | null {
  const strainMean = sideMean(answers, 'strain');
  const resourceMean = sideMean(answers, 'resource');
  if (strainMean === null || resourceMean === null) return null;
  return balanceFromMeans(strainMean, resourceMean);
}

/** The same formula over means computed elsewhere (e.g. by SQL over a group). */
export function balanceFromMeans(strainMean: number, resourceMean: number): Balance {
  for (const [name, mean] of [
    ['strain', strainMean],
    ['resource', resourceMean],
  ] as const) {
    if (!(mean >= SCALE_MIN && mean <= SCALE_MAX)) throw new RangeError(`The ${name} mean must lie in ${SCALE_MIN}..${SCALE_MAX}, got ${mean}`);
  }
  return { strainMean, resourceMean, balance: resourceMean - strainMean };
}

export interface ItemMean {
  side: BalanceSide;
  /** The group's mean answer to one item, 1–5. */
  mean: number;
}

/**
 * The same formula over a chosen set of a group's items, from their means: each side's mean is
 * the mean of its items' means. A group's side mean is the mean of its leaders' own side means,
 * and every submitted response answers every item (lib/domains/responses/answer-rules.ts), so
 * each item mean is over the same leaders and the two are equal. Used where only some items
 * count, e.g. comparing rounds on different questionnaire versions over the items both asked.
 */
export function balanceFromItemMeans(items: readonly ItemMean[]): Balance | null {
  const meanOf = (side: BalanceSide) => {
    const means = items.filter((item) => item.side === side).map((item) => item.mean);
    return means.length === 0 ? null : means.reduce((sum, mean) => sum + mean, 0) / means.length;
  };
  const strainMean = meanOf('strain');
  const resourceMean = meanOf('resource');
  if (strainMean === null || resourceMean === null) return null;
  return balanceFromMeans(strainMean, resourceMean);
}

export type BalanceTilt = 'resources' | 'strains' | 'level';

/** Which way the scale tips; within ±0.25 it is drawn level (about one step on one item in four). */
export function tiltOf(balance: number, tolerance = 0.25): BalanceTilt {
  if (balance > tolerance) return 'resources';
  if (balance < -tolerance) return 'strains';
  return 'level';
}
