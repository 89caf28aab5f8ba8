import { describe, expect, it } from 'vitest';
import { descendantsAndSelf, normalisePath, pathResolver, toTree, type GroupRow } from './tree';

const g = (id: string, name: string, parentId: string | null = null, archived = false): GroupRow => ({ id, name, parentId, archivedAt: archived ? new Date() : null });

const rows = [g('a', 'Direktion'), g('b', 'Sundhed', 'a'), g('c', 'Plejecentre', 'b'), g('d', 'Børn og Unge', 'a'), g('e', 'Gammel afdeling', 'a', true), g('f', 'Under gammel', 'e')];

describe('group tree', () => {
  it('lists groups depth-first with siblings by name, each with its depth and path', () => {
    const tree = toTree(rows);
    expect(tree.map((n) => [n.name, n.depth])).toEqual([
      ['Direktion', 0],
      ['Børn og Unge', 1],
      ['Gammel afdeling', 1],
      ['Under gammel', 2],
      ['Sundhed', 1],
      ['Plejecentre', 2],
    ]);
    expect(tree.find((n) => n.id === 'c')!.path).toBe('Direktion / Sundhed / Plejecentre');
  });

  it('leaves out archived groups and what hangs below them when only active groups are asked for', () => {
    expect(toTree(rows, { activeOnly: true }).map((n) => n.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('finds a group and everything below it', () => {
    expect([...descendantsAndSelf(rows, 'a')].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...descendantsAndSelf(rows, 'b')].sort()).toEqual(['b', 'c']);
  });

  it('survives a broken tree with a loop instead of hanging', () => {
    const loop = [g('x', 'X', 'y'), g('y', 'Y', 'x')];
    expect(toTree(loop)).toEqual([]);
    expect([...descendantsAndSelf(loop, 'x')].sort()).toEqual(['x', 'y']);
  });
});

describe('group paths as HR writes them', () => {
  it('ignores case and the spaces around slashes', () => {
    expect(normalisePath(' Direktion /  sundhed ')).toBe('direktion/sundhed');
  });

  it('resolves a path to the active group it names', () => {
    const resolve = pathResolver(rows);
    expect(resolve('direktion/SUNDHED/plejecentre')).toEqual({ kind: 'found', id: 'c' });
    expect(resolve('Direktion / Børn og Unge')).toEqual({ kind: 'found', id: 'd' });
  });

  it('does not resolve a top-less path, an unknown group or an archived one', () => {
    const resolve = pathResolver(rows);
    expect(resolve('Sundhed')).toEqual({ kind: 'unknown' });
    expect(resolve('Direktion/Økonomi')).toEqual({ kind: 'unknown' });
    expect(resolve('Direktion/Gammel afdeling')).toEqual({ kind: 'unknown' });
  });

  it('finds a group whose own name contains a slash, and calls a path ambiguous when two groups read the same', () => {
    const withSlash = [g('a', 'Direktion'), g('s', 'Børn/Unge', 'a')];
    expect(pathResolver(withSlash)('Direktion/Børn/Unge')).toEqual({ kind: 'found', id: 's' });
    const clash = [...withSlash, g('b', 'Børn', 'a'), g('u', 'Unge', 'b')];
    expect(pathResolver(clash)('Direktion/Børn/Unge')).toEqual({ kind: 'ambiguous', ids: expect.arrayContaining(['s', 'u']) });
  });
});
