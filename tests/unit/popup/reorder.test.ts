import { describe, expect, it } from 'vitest';
import { keyboardMoveTarget, moveItem, moveTarget } from '../../../src/popup/logic/reorder';

const item = (id: string, boundToActiveTab = false) => ({ id, boundToActiveTab });
const order = [item('a'), item('b'), item('c'), item('d')];
const ids = (items: readonly { id: string }[]) => items.map(({ id }) => id).join('');

describe('moveTarget', () => {
  it('gives the index among the other accounts, as core moveEntry counts', () => {
    expect(moveTarget(order, 'a', 'c', 'after')).toBe(2);
    expect(moveTarget(order, 'd', 'a', 'before')).toBe(0);
    expect(moveTarget(order, 'a', 'd', 'after')).toBe(3);
  });

  it('lands where the drop mark showed', () => {
    for (const [id, target, place, expected] of [
      ['a', 'c', 'after', 'bcad'],
      ['a', 'c', 'before', 'bacd'],
      ['d', 'b', 'before', 'adbc'],
      ['d', 'b', 'after', 'abdc'],
    ] as const) {
      const toIndex = moveTarget(order, id, target, place);
      expect(toIndex).not.toBeNull();
      expect(ids(moveItem(order, id, toIndex ?? -1))).toBe(expected);
    }
  });

  it('is null for moves that change nothing', () => {
    expect(moveTarget(order, 'b', 'b', 'before')).toBeNull();
    expect(moveTarget(order, 'b', 'c', 'before')).toBeNull();
    expect(moveTarget(order, 'b', 'a', 'after')).toBeNull();
    expect(moveTarget(order, 'x', 'a', 'after')).toBeNull();
  });

  it('refuses to cross the "this site" group, which the background lists first', () => {
    const mixed = [item('s1', true), item('s2', true), item('a'), item('b')];
    expect(moveTarget(mixed, 'a', 's1', 'before')).toBeNull();
    expect(moveTarget(mixed, 's2', 'b', 'after')).toBeNull();
    expect(moveTarget(mixed, 's2', 's1', 'before')).toBe(0);
  });
});

describe('keyboardMoveTarget', () => {
  it('moves one visible place up or down', () => {
    const visible = ['a', 'b', 'c', 'd'];
    expect(ids(moveItem(order, 'c', keyboardMoveTarget(order, visible, 'c', 'up') ?? -1))).toBe(
      'acbd',
    );
    expect(ids(moveItem(order, 'a', keyboardMoveTarget(order, visible, 'a', 'down') ?? -1))).toBe(
      'bacd',
    );
  });

  it('jumps past hidden accounts when a search filters the list', () => {
    const toIndex = keyboardMoveTarget(order, ['a', 'd'], 'd', 'up');
    expect(ids(moveItem(order, 'd', toIndex ?? -1))).toBe('dabc');
  });

  it('is null at either end', () => {
    expect(keyboardMoveTarget(order, ['a', 'b'], 'a', 'up')).toBeNull();
    expect(keyboardMoveTarget(order, ['a', 'b'], 'b', 'down')).toBeNull();
  });
});

describe('moveItem', () => {
  it('clamps the index and ignores unknown ids', () => {
    expect(ids(moveItem(order, 'a', 99))).toBe('bcda');
    expect(ids(moveItem(order, 'd', -5))).toBe('dabc');
    expect(moveItem(order, 'x', 0)).toBe(order);
  });
});
