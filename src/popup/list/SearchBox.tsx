import type { Ref } from 'preact';
import { t } from '../../shared/i18n';

interface SearchBoxProps {
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** ArrowDown: into the list. */
  readonly onArrowDown: () => void;
  /** Enter: copy the first match, so "type, Enter" copies a code without leaving the field. */
  readonly onEnter: () => void;
  readonly inputRef: Ref<HTMLInputElement>;
}

/** "Search accounts" (DESIGN 5): filters as the user types, on issuer and account name. */
export function SearchBox({ value, onValue, onArrowDown, onEnter, inputRef }: SearchBoxProps) {
  return (
    <div class="search" role="search">
      <label for="search" class="sr-only">
        {t('popupSearch')}
      </label>
      <input
        id="search"
        ref={inputRef}
        type="search"
        placeholder={t('popupSearch')}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => {
          onValue(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') onArrowDown();
          else if (event.key === 'Enter') onEnter();
          else return;
          event.preventDefault();
        }}
      />
    </div>
  );
}
