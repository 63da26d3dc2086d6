import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { textTooLong, type Locales, type Messages } from '../../../scripts/store/manifest-rules';

// The stores show the manifest's name, short name and description from each locale: every
// one must fit their limits (the Chrome Web Store refuses a description over 132 characters).
const root = 'public/_locales';
const locales: Locales = {};
for (const locale of readdirSync(root)) {
  locales[locale] = JSON.parse(
    readFileSync(join(root, locale, 'messages.json'), 'utf8'),
  ) as Messages;
}

describe('manifest text in every locale', () => {
  it('covers more than one locale', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'fr']);
  });

  it("fits the stores' limits for name, short name and description", () => {
    expect(textTooLong(manifest, locales)).toEqual([]);
  });
});
