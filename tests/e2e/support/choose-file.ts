import type { TestPage } from './test-page';

/**
 * Gives the file input labelled `label` a file, with the same `files` and `change` event the
 * file picker produces (Firefox's BiDi has no file chooser for extension pages).
 */
export async function chooseFile(
  page: TestPage,
  label: string,
  file: { readonly name: string; readonly text: string; readonly type?: string },
) {
  await page.evaluate(
    ([name, fileName, contents, type]) => {
      const input = [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')].find(
        (candidate) =>
          [...(candidate.labels ?? [])].some((label) => label.textContent.trim() === name),
      );
      if (!input) throw new Error(`No file input labelled ${name}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], fileName, { type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [label, file.name, file.text, file.type ?? 'application/json'] as const,
  );
}
