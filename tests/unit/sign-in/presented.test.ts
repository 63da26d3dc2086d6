// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { singleTarget } from '../../../src/content/fields';
import { isPresented } from '../../../src/content/sign-in/presented';

// DESIGN 4.5: the hit test before a fill with no click asks the browser, not the page. A
// page's `<img name="elementFromPoint">` sits on the document above the method (browsers
// put named images and forms there; happy-dom does not, so the test does, as they would).
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'elementFromPoint');
});

describe('isPresented', () => {
  it('hit-tests through the prototype, whatever the page named its elements', () => {
    document.body.innerHTML = '<input id="otp"><img name="elementFromPoint">';
    const input = document.querySelector<HTMLInputElement>('#otp');
    const named = document.querySelector('img');
    if (!input || !named) throw new Error('no field');
    vi.spyOn(input, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 160, 32));
    const hit = vi.spyOn(Document.prototype, 'elementFromPoint').mockReturnValue(input);
    Object.defineProperty(document, 'elementFromPoint', { value: named, configurable: true });
    expect(isPresented(singleTarget(input))).toBe(true);
    hit.mockReturnValue(named);
    expect(isPresented(singleTarget(input))).toBe(false);
  });
});
