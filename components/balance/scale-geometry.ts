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

/** The share of a block's slot that is drawn; the rest is the gap between blocks. */
const BLOCK_FILL = 0.8;

/**
 * Where a pan's blocks stand, as offsets from the pan's centre: the items share the pan's width
 * equally, so the drawn area (width × height) of a pan is proportional to its side's MEAN weight —
 * what the beam tilts by (lib/domains/balance). Blocks of a fixed width would make the side with
 * more items look heavier: seven resources against four strains, on a level beam.
 */
export function blockSlots(count: number, panWidth: number): { offset: number; width: number }[] {
  const slot = panWidth / Math.max(1, count);
  return Array.from({ length: count }, (_, index) => ({ offset: -panWidth / 2 + index * slot + (slot * (1 - BLOCK_FILL)) / 2, width: slot * BLOCK_FILL }));
}
