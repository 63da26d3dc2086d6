import type { JSX, Ref } from 'preact';

type InputProps = Omit<
  JSX.IntrinsicElements['input'],
  'id' | 'ref' | 'value' | 'onInput' | 'aria-describedby'
>;

interface FieldProps extends InputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** Shown under the field and read with it (aria-describedby). */
  readonly hint?: string | null;
  readonly error?: string | null;
  /** Ids of other elements that describe the field (a strength meter...). */
  readonly describedBy?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text field with its hint and error tied to it, so each is read with the field. */
export function Field(props: FieldProps) {
  const { id, label, value, onValue, hint, error, describedBy, inputRef, ...input } = props;
  const described = [describedBy ?? '', hint ? `${id}-hint` : '', error ? `${id}-error` : ''];
  const describedIds = described.filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        {...input}
        id={id}
        ref={inputRef ?? null}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedIds || undefined}
        onInput={(event) => {
          onValue(event.currentTarget.value);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
