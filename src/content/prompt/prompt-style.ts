/**
 * The in-page prompt's look. It lives in a closed shadow root, so the page's CSS cannot reach
 * it, and `:host { all: initial }` keeps inherited page styles (fonts, colours) out too.
 */
export const promptStyle = `
:host { all: initial; display: block; margin: 12px 0; max-width: 420px; }
.prompt {
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #8c959f; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 18%); padding: 12px 14px; text-align: start;
  position: relative;
}
@media (prefers-color-scheme: dark) {
  .prompt { color: #e6edf3; background: #161b22; border-color: #6e7681; }
  .warning { background: #3b2e00; border-color: #e3b341; }
  input[type="text"] { color: #e6edf3; background: #0d1117; border-color: #6e7681; }
}
h2 { font-size: 15px; margin: 0 0 8px; }
p { margin: 6px 0; }
.issuer { font-weight: 600; }
label.field { display: grid; gap: 2px; margin: 8px 0; font-size: 13px; }
input[type="text"] {
  font: inherit; padding: 5px 8px; border: 1px solid #8c959f; border-radius: 6px;
  color: #1b1f24; background: #fff;
}
.warning {
  background: #fff8e1; border: 1px solid #bf8700; border-radius: 6px; padding: 8px 10px;
  margin: 8px 0;
}
.warning .organisation { margin-top: 6px; padding-top: 6px; border-top: 1px solid #bf8700; }
.warning label { display: flex; gap: 8px; align-items: flex-start; margin-top: 6px; font-weight: 600; }
.buttons { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button {
  font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #8c959f;
  background: #f6f8fa; color: #1b1f24; cursor: pointer;
}
button.primary { background: #0969da; border-color: #0969da; color: #fff; font-weight: 600; }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button:focus-visible, input:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.status { min-height: 1em; }
.sr-only {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; margin: 0;
}
.status.error { color: #cf222e; }
.status.success { color: #1a7f37; font-weight: 600; }
`;
