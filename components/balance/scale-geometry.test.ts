import { describe, expect, it } from 'vitest';
import { MAX_TILT_DEGREES, beamAngle, pointOnBeam } from './scale-geometry';

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
