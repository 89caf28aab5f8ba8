import { describe, expect, it } from 'vitest';
import { MAX_TILT_DEGREES, beamAngle, blockSlots, pointOnBeam } from './scale-geometry';

describe('the balance scale beam', () => {
  it('drops the resources pan (right) when resources outweigh strains', () => {
    const angle = beamAngle(2);
    const right = pointOnBeam(200, 100, 150, angle);
    const left = pointOnBeam(200, 100, -150, angle);
    expect(right.y).toBeGreaterThan(left.y); // SVG y grows downwards
  });

  it('drops the strains pan (left) when strains outweigh resources', () => {
    const angle = beamAngle(-1);
    expect(pointOnBeam(200, 100, -150, angle).y).toBeGreaterThan(pointOnBeam(200, 100, 150, angle).y);
  });

  it('stays level with no balance and never tilts past its stop', () => {
    expect(beamAngle(null)).toBe(0);
    expect(beamAngle(9)).toBe(MAX_TILT_DEGREES);
    expect(beamAngle(-9)).toBe(-MAX_TILT_DEGREES);
  });
});

describe('the blocks in a pan', () => {
  const area = (weights: number[]) => blockSlots(weights.length, 116).reduce((sum, slot, i) => sum + slot.width * weights[i]!, 0);

  it('weigh by the mean, not by how many there are: four strains of 3 look as heavy as seven resources of 3', () => {
    expect(area([3, 3, 3, 3])).toBeCloseTo(area([3, 3, 3, 3, 3, 3, 3]), 9);
    expect(area([2, 4])).toBeCloseTo(area([3, 3, 3, 3, 3]), 9);
    expect(area([4, 4, 4, 4])).toBeGreaterThan(area([3, 3, 3, 3, 3, 3, 3]));
  });

  it('stay inside the pan, side by side without overlapping', () => {
    const slots = blockSlots(15, 116);
    expect(slots[0]!.offset).toBeGreaterThanOrEqual(-58);
    expect(slots.at(-1)!.offset + slots.at(-1)!.width).toBeLessThanOrEqual(58);
    for (let i = 1; i < slots.length; i++) expect(slots[i]!.offset).toBeGreaterThan(slots[i - 1]!.offset + slots[i - 1]!.width);
  });
});
