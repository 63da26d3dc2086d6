import { formatCode } from '../logic/format-code';

/** The code in two groups (format-code.ts); `translate={false}` keeps page translators off it. */
export function CodeText({ code }: { readonly code: string }) {
  return (
    <span class="code" translate={false}>
      {formatCode(code)}
    </span>
  );
}
