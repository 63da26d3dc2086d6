/**
 * Reordering (by drag and by keyboard). Indexes follow core's `moveEntry`: `toIndex`
 * is the position among the *other* accounts, in the order the overview gave them.
 */

export type Place = 'before' | 'after';

interface Ordered {
  readonly id: string;
  readonly boundToActiveTab: boolean;
}

/**
 * The `toIndex` that puts `id` just before or after `targetId`, or null when that changes
 * nothing or would cross the "this site" group, which the background always lists first.
 */
export function moveTarget(
  order: readonly Ordered[],
  id: string,
  targetId: string,
  place: Place,
): number | null {
  if (id === targetId) return null;
  const moving = order.find((item) => item.id === id);
  const target = order.find((item) => item.id === targetId);
  if (moving === undefined || target === undefined) return null;
  if (moving.boundToActiveTab !== target.boundToActiveTab) return null;
  const rest = order.filter((item) => item.id !== id);
  const toIndex = rest.indexOf(target) + (place === 'after' ? 1 : 0);
  return toIndex === order.indexOf(moving) ? null : toIndex;
}

/** The same move applied locally, so the list changes at once while the background stores it. */
export function moveItem<Item extends { readonly id: string }>(
  items: readonly Item[],
  id: string,
  toIndex: number,
): readonly Item[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return items;
  const rest = items.filter((item) => item.id !== id);
  const index = Math.max(0, Math.min(rest.length, toIndex));
  return [...rest.slice(0, index), moving, ...rest.slice(index)];
}

/**
 * Alt+ArrowUp / Alt+ArrowDown: past the neighbour that is *visible* (the list may be filtered
 * by a search), within the same group.
 */
export function keyboardMoveTarget(
  order: readonly Ordered[],
  visibleIds: readonly string[],
  id: string,
  direction: 'up' | 'down',
): number | null {
  const position = visibleIds.indexOf(id);
  const neighbour = visibleIds[direction === 'up' ? position - 1 : position + 1];
  if (position < 0 || neighbour === undefined) return null;
  return moveTarget(order, id, neighbour, direction === 'up' ? 'before' : 'after');
}
