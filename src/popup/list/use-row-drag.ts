import { useRef, useState } from 'preact/hooks';
import type { AccountView } from '../../shared/model/vault';
import { moveTarget, type Place } from '../logic/reorder';
import { rowOf } from './row-of';

/** Our own drag type: the drag carries an account id only, and no page can make sense of it. */
const DRAG_TYPE = 'application/x-authenticator-account';

/**
 * Reorder by drag and drop, HTML5 DnD on the rows, delegated from the list. The mark
 * shows where the row would land; moves that cross the "this site" group are refused.
 */
export function useRowDrag(
  order: readonly AccountView[],
  onMove: (id: string, toIndex: number) => void,
) {
  const dragging = useRef<string | null>(null);
  const [mark, setMark] = useState<{ readonly id: string; readonly place: Place } | null>(null);

  const dropAt = (event: DragEvent) => {
    const row = rowOf(event.target);
    const id = dragging.current;
    const targetId = row?.dataset.id;
    if (!row || id === null || targetId === undefined) return null;
    const box = row.getBoundingClientRect();
    const place: Place = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    const toIndex = moveTarget(order, id, targetId, place);
    return toIndex === null ? null : { id, targetId, place, toIndex };
  };

  const end = () => {
    dragging.current = null;
    setMark(null);
  };

  return {
    mark,
    handlers: {
      onDragStart(event: DragEvent) {
        const id = rowOf(event.target)?.dataset.id;
        if (id === undefined || !event.dataTransfer) return;
        dragging.current = id;
        event.dataTransfer.effectAllowed = 'move';
        // Firefox starts a drag only when it carries data.
        event.dataTransfer.setData(DRAG_TYPE, id);
      },
      onDragOver(event: DragEvent) {
        const drop = dropAt(event);
        if (!drop) {
          if (mark) setMark(null);
          return;
        }
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        if (mark?.id !== drop.targetId || mark.place !== drop.place) {
          setMark({ id: drop.targetId, place: drop.place });
        }
      },
      onDrop(event: DragEvent) {
        const drop = dropAt(event);
        event.preventDefault();
        end();
        if (drop) onMove(drop.id, drop.toIndex);
      },
      onDragEnd: end,
    },
  };
}
