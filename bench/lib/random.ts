import { randomBytes } from 'node:crypto';
import { seededRandom } from '@/lib/domains/demo/random';

/** A seeded generator (the demo's mulberry32): the same --seed gives the same organisation. */
export function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  /** Standard normal (Box–Muller). */
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, normal };
}
export type Random = ReturnType<typeof prng>;

/**
 * A UUID v7 like the schema's @default(uuid(7)) (time-ordered), for rows inserted in bulk.
 * Response ids are v4 (randomUUID), as the product writes them: see decision 0004.
 */
export function uuidv7(ms = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
