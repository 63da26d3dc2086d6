/**
 * The "Fill code" control's look: a small row under the code field, in a closed
 * shadow root (prompt-host.ts) so page styles cannot reach it.
 */
export const fillControlStyle = `
:host { all: initial; display: block; }
.fill {
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; text-align: start;
}
.row, .chooser { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.chooser { margin-top: 6px; flex-direction: column; align-items: stretch; max-width: 360px; }
.chooser[hidden], .status:empty { display: none; }
button {
  font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f;
  background: #f6f8fa; color: #1b1f24; cursor: pointer; text-align: start;
}
button.primary { background: #0969da; border-color: #0969da; color: #fff; font-weight: 600; }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.issuer { font-weight: 600; }
.hint, .status, .question { margin: 4px 0 0; color: #57606a; }
.question { color: inherit; max-width: 420px; }
.extra .row { margin-top: 6px; }
.extra:empty, .hint[hidden] { display: none; }
.sr-only {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; margin: 0;
}
.status.error { color: #cf222e; }
.status.success { color: #1a7f37; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .fill { color: #e6edf3; }
  button { background: #21262d; color: #e6edf3; border-color: #6e7681; }
  .hint, .status { color: #9da7b3; }
}
`;
