import { BALANCE_MAX } from '@/lib/domains/balance/balance';

export const MAX_TILT_DEGREES = 18;

/**
 * The beam's rotation in SVG degrees (clockwise positive). Strains hang on the left and
 * resources on the right, so when resources outweigh strains (positive balance) the right pan
 * goes down: a clockwise, positive angle.
 */
export function beamAngle(balance: number | null): number {
  if (balance === null || !Number.isFinite(balance)) return 0;
  const clamped = Math.max(-BALANCE_MAX, Math.min(BALANCE_MAX, balance));
  return (clamped / BALANCE_MAX) * MAX_TILT_DEGREES;
}

/** Where a point on the beam, `offset` from the pivot, ends up after tilting. */
export function pointOnBeam(pivotX: number, pivotY: number, offset: number, angleDegrees: number): { x: number; y: number } {
  const radians = (angleDegrees * Math.PI) / 180;
  return { x: pivotX + offset * Math.cos(radians), y: pivotY + offset * Math.sin(radians) };
}
