import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/platform/errors';
import { createTurnQueue } from './turn-queue';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: () => opened };
}

describe('the line in front of the database pool', () => {
  it('runs at most its number of turns at once and the rest in the order they came', async () => {
    const queue = createTurnQueue({ turns: 2, maxWaiting: 10 });
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const done = gates.map((g, i) => queue.run(async () => (started.push(i), g.work())));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1]);
    expect(queue.waiting).toBe(3);
    gates[1]!.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    await Promise.all(done);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses the one past the line at once with 503 and a time to retry, and takes work again once there is room', async () => {
    const queue = createTurnQueue({ turns: 1, maxWaiting: 2, retryAfterSeconds: 3 });
    const g = gate();
    const admitted = [queue.run(g.work), queue.run(g.work), queue.run(g.work)];
    const refusal = await queue.run(g.work).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'service_unavailable', status: 503, retryAfterSeconds: 3 });
    g.open();
    await Promise.all(admitted);
    await expect(queue.run(async () => 'saved')).resolves.toBe('saved');
  });
});
