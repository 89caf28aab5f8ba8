import { describe, expect, it } from 'vitest';
import { balanceShade, lean, luminance } from './heatmap-colours';

const rgb = (css: string) => css.match(/\d+/g)!.map(Number);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('heatmap colours', () => {
  it('keep every printed number readable (contrast at least 4.5:1) from one end of the scale to the other', () => {
    for (let step = 0; step <= 80; step++) {
      const value = 1 + step / 20;
      for (const style of [lean('strain', value), lean('resource', value), balanceShade(value - 3)]) {
        expect(contrast(rgb(style.backgroundColor), style.color === '#fff' ? [255, 255, 255] : [0, 0, 0])).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('colour a heavy strain and a scarce resource alike, and a light strain like a plentiful resource', () => {
    expect(lean('strain', 4.5)).toEqual(lean('resource', 1.5));
    expect(lean('strain', 1.5)).toEqual(lean('resource', 4.5));
    expect(lean('strain', 4.5)).not.toEqual(lean('strain', 1.5));
  });
});
