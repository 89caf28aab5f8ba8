import { describe, expect, it } from 'vitest';
import { BALANCE_MAX, BALANCE_MIN, balanceFromItemMeans, balanceFromMeans, computeBalance, tiltOf, type SideAnswer } from './balance';

const strains = (...values: number[]): SideAnswer[] => values.map((value) => ({ side: 'strain', value }));
const resources = (...values: number[]): SideAnswer[] => values.map((value) => ({ side: 'resource', value }));

describe('computeBalance', () => {
  it('is the mean of the resources minus the mean of the strains', () => {
    const result = computeBalance([...strains(2, 3, 4), ...resources(4, 5)]);
    expect(result).toEqual({ strainMean: 3, resourceMean: 4.5, balance: 1.5 });
  });

  it('is negative when the strains weigh more than the resources', () => {
    expect(computeBalance([...strains(5, 5), ...resources(1, 2)])?.balance).toBe(-3.5);
  });

  it('weighs each side by its own mean, not by how many items it has', () => {
    // Four strain items at 3 against one resource item at 3 is a level scale.
    expect(computeBalance([...strains(3, 3, 3, 3), ...resources(3)])?.balance).toBe(0);
  });

  it('reaches exactly −4 and +4 at the ends of the scale', () => {
    expect(computeBalance([...strains(5), ...resources(1)])?.balance).toBe(BALANCE_MIN);
    expect(computeBalance([...strains(1), ...resources(5)])?.balance).toBe(BALANCE_MAX);
  });

  it('has no balance until both sides have an answer', () => {
    expect(computeBalance(strains(4, 4))).toBeNull();
    expect(computeBalance(resources(2))).toBeNull();
    expect(computeBalance([])).toBeNull();
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses %s as an answer on the 1–5 scale', (value) => {
    expect(() => computeBalance([...strains(value), ...resources(3)])).toThrow(RangeError);
  });
});

describe('balanceFromMeans', () => {
  it('refuses a mean outside the scale', () => {
    expect(() => balanceFromMeans(0.5, 3)).toThrow(/strain mean/);
  });
});

describe('balanceFromItemMeans', () => {
  it('gives a group the balance of its leaders when every leader answered every item', () => {
    // Two leaders, two strain items and one resource item each.
    const anne = computeBalance([...strains(2, 4), ...resources(5)])!;
    const bo = computeBalance([...strains(3, 5), ...resources(2)])!;
    const itemMeans = [
      { side: 'strain' as const, mean: (2 + 3) / 2 },
      { side: 'strain' as const, mean: (4 + 5) / 2 },
      { side: 'resource' as const, mean: (5 + 2) / 2 },
    ];
    expect(balanceFromItemMeans(itemMeans)).toEqual({ strainMean: 3.5, resourceMean: 3.5, balance: 0 });
    expect((anne.balance + bo.balance) / 2).toBe(0);
  });

  it('has no balance without an item on each side', () => {
    expect(balanceFromItemMeans([{ side: 'strain', mean: 3 }])).toBeNull();
  });
});

describe('tiltOf', () => {
  it('tips to the heavier side and stays level close to zero', () => {
    expect(tiltOf(1.2)).toBe('resources');
    expect(tiltOf(-0.8)).toBe('strains');
    expect(tiltOf(0.2)).toBe('level');
  });
});
