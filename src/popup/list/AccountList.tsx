import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRenderMarks } from '../hooks/use-render-marks';
import type { AccountCodes, AccountView } from '../../shared/model/vault';
import { accountLabel } from '../../shared/account-label';
import { keyboardMoveTarget } from '../logic/reorder';
import { noticeFor } from '../logic/site-notice';
import type { Locale } from '../../sites/site-profile';
import { shownCode } from '../logic/time-left';
import { AccountRow } from './AccountRow';
import { FIRST_ROWS } from './first-rows';
import { rowOf } from './row-of';
import { useRowDrag } from './use-row-drag';

export interface AccountListProps {
  /** The rows to show: the accounts matching the search, in the overview's order. */
  readonly accounts: readonly AccountView[];
  /** Every account in the overview's order: reorder indexes count in it (logic/reorder.ts). */
  readonly order: readonly AccountView[];
  /** The overview lists the first rows only: the other accounts are on their way. */
  readonly firstRowsOnly: boolean;
  readonly codes: ReadonlyMap<string, AccountCodes>;
  /** The time rows are shown at; it moves only when a code changes (use-clock.ts). */
  readonly now: number;
  readonly locale: Locale;
  readonly copiedId: string | null;
  /** A row to focus once it is on screen (after adding, editing, undoing). */
  readonly focusId: string | null;
  readonly onFocused: () => void;
  readonly onCopy: (id: string) => void;
  readonly onEdit: (id: string) => void;
  readonly onHotpNext: (id: string) => void;
  /** A standby account becomes the one filled (its row then loses the button). */
  readonly onMakeCurrent: (id: string) => void;
  readonly onMove: (id: string, toIndex: number) => void;
  /** ArrowUp on the first row: back to the search box. */
  readonly onLeaveTop: () => void;
}

/**
 * The accounts list. Keyboard model: one tab stop for the whole list (roving
 * tabindex); ArrowUp/ArrowDown/Home/End move between rows, Enter or Space copies, Tab reaches
 * the focused row's buttons, Alt+ArrowUp/Alt+ArrowDown move the account. Rows also drag and
 * drop. Events are handled here for all rows (delegation), which keeps each row cheap.
 */
export function AccountList(props: AccountListProps) {
  const { accounts, order, codes, now, locale, copiedId, focusId, onFocused } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const active = accounts.some(({ id }) => id === activeId) ? activeId : (accounts[0]?.id ?? null);
  const drag = useRowDrag(order, props.onMove);

  // The first screenful renders at once and the rest right after the first paint, so the first
  // code shows fast however many accounts there are. The popup's first answer has the first
  // rows only: the rest come with the answer that follows it.
  const { firstRowsOnly } = props;
  const [complete, setComplete] = useState(accounts.length <= FIRST_ROWS && !firstRowsOnly);
  useEffect(() => {
    if (complete || firstRowsOnly) return;
    const timer = setTimeout(() => {
      setComplete(true);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [complete, firstRowsOnly]);
  const rendered = complete ? accounts : accounts.slice(0, FIRST_ROWS);
  useRenderMarks(rendered.length > 0, complete && !firstRowsOnly);

  const rowElement = (id: string) =>
    list.current?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`) ?? null;
  const focusRow = (id: string | undefined) => {
    if (id === undefined) return;
    setActiveId(id);
    rowElement(id)?.focus();
  };

  // A keyboard move re-orders the rows, and moving a focused element in the DOM blurs it: the
  // moved row takes focus back after each render, until the user points or tabs elsewhere.
  const refocusId = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = refocusId.current;
    const focused = document.activeElement;
    if (id !== null && (focused === null || focused === document.body)) rowElement(id)?.focus();
  });
  useEffect(() => {
    const forget = () => {
      refocusId.current = null;
    };
    window.addEventListener('pointerdown', forget);
    return () => {
      window.removeEventListener('pointerdown', forget);
    };
  }, []);

  useLayoutEffect(() => {
    if (focusId === null || !rowElement(focusId)) return;
    focusRow(focusId);
    rowElement(focusId)?.scrollIntoView({ block: 'nearest' });
    onFocused();
  }, [focusId, accounts, complete, onFocused]);

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rowOf(event.target);
    if (!row) return;
    const id = row.dataset.id ?? '';
    const index = accounts.findIndex((account) => account.id === id);
    const visibleIds = accounts.map((account) => account.id);
    let handled = true;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const direction = event.key === 'ArrowUp' ? 'up' : 'down';
      const toIndex = keyboardMoveTarget(order, visibleIds, id, direction);
      if (toIndex !== null) {
        refocusId.current = id;
        props.onMove(id, toIndex);
      }
    } else if (event.altKey || event.ctrlKey || event.metaKey) {
      handled = false;
    } else if (event.key === 'ArrowDown') {
      focusRow(visibleIds[Math.min(index + 1, visibleIds.length - 1)]);
    } else if (event.key === 'ArrowUp') {
      if (index === 0) props.onLeaveTop();
      else focusRow(visibleIds[index - 1]);
    } else if (event.key === 'Home') {
      focusRow(visibleIds[0]);
    } else if (event.key === 'End') {
      focusRow(visibleIds.at(-1));
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === row) {
      props.onCopy(id);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const row = rowOf(target);
    const id = row?.dataset.id;
    if (!target || id === undefined) return;
    const action = target.closest('[data-action]')?.getAttribute('data-action');
    if (action === 'edit') props.onEdit(id);
    else if (action === 'hotp-next') props.onHotpNext(id);
    else if (action === 'make-current') {
      // The button goes away with the standby line: the row keeps the focus.
      refocusId.current = id;
      props.onMakeCurrent(id);
    } else if (action === 'copy' || !target.closest('details')) props.onCopy(id);
  };

  return (
    <ul
      ref={list}
      class="accounts"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocusIn={(event) => {
        const id = rowOf(event.target)?.dataset.id;
        if (id !== undefined && id !== activeId) setActiveId(id);
      }}
      onFocusOut={(event) => {
        // Focus went somewhere on purpose (null: it was lost, as when a row moves).
        if (event.relatedTarget !== null) refocusId.current = null;
      }}
      {...drag.handlers}
    >
      {rendered.map((account) => {
        const accountCodes = codes.get(account.id);
        const shown = accountCodes ? shownCode(accountCodes, account.period, now) : null;
        return (
          <AccountRow
            key={account.id}
            id={account.id}
            label={accountLabel(account)}
            issuer={account.issuer}
            account={account.account}
            note={account.note}
            type={account.type}
            period={account.period}
            boundToActiveTab={account.boundToActiveTab}
            standby={account.standby}
            notice={noticeFor(account.siteId, locale)}
            current={shown?.current ?? null}
            next={shown?.next ?? null}
            validUntil={shown?.validUntil ?? null}
            active={account.id === active}
            copied={account.id === copiedId}
            dropMark={drag.mark?.id === account.id ? drag.mark.place : null}
          />
        );
      })}
    </ul>
  );
}
