// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fillOnDemand } from '../../../../src/content/fill-on-demand-run';
import type { FillGrant } from '../../../../src/shared/model/fill';
import { testGeometry as geometry } from '../../fields/support/geometry';

// Issue 6: the filler injected after a user gesture. It asks for the code only once it has
// a visible code field, fills it with the events pages listen to, and never submits.
const signIn = `<form action="/verify"><label for="otp">Verification code</label>
  <input id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6">
  <button>Verify</button></form>`;

function setUp(html: string, grant: FillGrant = { code: '492039' }) {
  document.body.innerHTML = html;
  const askCode = vi.fn(() => Promise.resolve(grant));
  const submitted = vi.fn((event: Event) => {
    event.preventDefault();
  });
  document.querySelector('form')?.addEventListener('submit', submitted);
  return { deps: { askCode, geometry }, askCode, submitted };
}

const field = () => document.querySelector<HTMLInputElement>('#otp')?.value;

describe('fillOnDemand', () => {
  it('fills the granted code into the code field, and submits nothing', async () => {
    const { deps, askCode, submitted } = setUp(signIn);
    expect(await fillOnDemand(deps)).toEqual({ status: 'filled' });
    expect(field()).toBe('492039');
    expect(askCode).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it.each([
    ['opacity 0', 'style="opacity: 0"'],
    ['a 1x1 pixel box', 'data-rect="10 10 1 1"'],
    ['off-screen', 'data-rect="-5000 10 160 32"'],
    ['display none', 'style="display: none"'],
  ])('refuses an invisible field (%s) and asks for no code', async (_name, attributes) => {
    const { deps, askCode } = setUp(
      signIn.replace('<input id="otp"', `<input id="otp" ${attributes}`),
    );
    expect(await fillOnDemand(deps)).toEqual({ status: 'no-field' });
    expect(askCode).not.toHaveBeenCalled();
    expect(field()).toBe('');
  });

  it('finds no field on a page without one', async () => {
    const { deps, askCode } = setUp('<form><input name="q" type="search"></form>');
    expect(await fillOnDemand(deps)).toEqual({ status: 'no-field' });
    expect(askCode).not.toHaveBeenCalled();
  });

  it('fills nothing when the background gives no code', async () => {
    const { deps } = setUp(signIn);
    deps.askCode.mockImplementation(() => Promise.reject(new Error('forbidden')));
    expect(await fillOnDemand(deps)).toEqual({ status: 'denied' });
    expect(field()).toBe('');
  });

  it('refuses a field swapped while the code was on its way', async () => {
    const { deps } = setUp(signIn);
    deps.askCode.mockImplementation(() => {
      const swapped = document.createElement('input');
      swapped.id = 'otp';
      document.querySelector('#otp')?.replaceWith(swapped);
      return Promise.resolve({ code: '492039' });
    });
    expect(await fillOnDemand(deps)).toEqual({ status: 'refused' });
    expect(field()).toBe('');
  });

  it('does nothing in a document with an opaque origin (a sandboxed page), asks for no code', async () => {
    const { deps, askCode } = setUp(signIn);
    vi.stubGlobal('origin', 'null');
    try {
      expect(await fillOnDemand(deps)).toEqual({ status: 'no-field' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(askCode).not.toHaveBeenCalled();
    expect(field()).toBe('');
  });
});
