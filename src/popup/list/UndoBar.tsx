import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** A deleted account can be brought back for a few seconds. */
export const UNDO_MS = 8000;

interface UndoBarProps {
  readonly onUndo: () => void;
  readonly onExpire: () => void;
}

/**
 * "Account deleted. Undo". The time runs only while the bar is neither hovered nor focused, so
 * a keyboard or screen-reader user who reaches it is not raced (WCAG 2.2.1). It is rendered
 * inside a role=status region that stays in the page, so its appearance is announced.
 */
export function UndoBar({ onUndo, onExpire }: UndoBarProps) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [paused, onExpire]);
  const pause = () => {
    setPaused(true);
  };
  const resume = () => {
    setPaused(false);
  };
  return (
    <div
      class="undo"
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocusIn={pause}
      onFocusOut={resume}
    >
      <span>{t('popupDeleted')}</span>
      <button type="button" onClick={onUndo}>
        {t('popupUndo')}
      </button>
    </div>
  );
}
