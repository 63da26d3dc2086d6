// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeTarget } from '../../../src/content/fields';

// DESIGN 4.5: a fill with no click happens once per document. The watcher may replace a
// session while its code is on the way (the page swapped the field): neither the old session
// nor the new one may then fill a second time unasked, and an ended session fills nothing.
// The background, the hit test and the field checks are fakes; the sessions are real.
const fake = vi.hoisted(() => ({
  codeRequests: [] as ((code: string) => void)[],
  controls: 0,
}));
vi.mock('../../../src/shared/send', () => ({
  sendFromContent: (type: string) => {
    if (type === 'fill/accounts') {
      return Promise.resolve({
        status: 'unlocked',
        accounts: [{ id: 'a', issuer: 'Sonar', account: 'a@example.com' }],
        allowable: [],
        picked: null,
        automatic: true,
        refused: null,
      });
    }
    if (type === 'fill/code') {
      return new Promise((resolve) => {
        fake.codeRequests.push((code) => {
          resolve({ status: 'code', code, validFrom: null, submit: false });
        });
      });
    }
    return Promise.resolve(null);
  },
}));
vi.mock('../../../src/shared/i18n', () => ({ t: (key: string) => key }));
vi.mock('../../../src/content/sign-in/presented', () => ({ isPresented: () => true }));
// No in-page control in these tests: only whether a code went in unasked.
vi.mock('../../../src/content/sign-in/control-anchor', () => ({
  controlAnchor: () => {
    fake.controls += 1;
    return null;
  },
}));
vi.mock('../../../src/content/fields', () => ({
  isFillable: () => true,
  isStillSameTarget: () => true,
  targetInputs: (target: CodeTarget) => (target.kind === 'single' ? [target.input] : []),
  fillCode: (target: CodeTarget, code: string) => {
    if (target.kind !== 'single') return false;
    target.input.value = code;
    return true;
  },
}));

function codeField(): CodeTarget {
  const input = document.createElement('input');
  document.body.append(input);
  return { kind: 'single', input, snapshot: {} } as unknown as CodeTarget;
}

const valueOf = (target: CodeTarget) => (target.kind === 'single' ? target.input.value : '');

async function sessions() {
  // automatic-fill.ts keeps its "once per document" in the module: a fresh one per test.
  vi.resetModules();
  const { SignInSession } = await import('../../../src/content/sign-in/sign-in-session');
  return (target: CodeTarget) => {
    const session = new SignInSession(target, { onFilled: () => undefined });
    session.start();
    return session;
  };
}

/** Lets every pending answer and continuation run (no timers involved). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.codeRequests = [];
  fake.controls = 0;
  document.body.innerHTML = '';
});

describe('automatic fill', () => {
  it('is taken by one session only: another one started meanwhile shows the control', async () => {
    const start = await sessions();
    const first = codeField();
    start(first);
    await vi.waitFor(() => {
      expect(fake.codeRequests).toHaveLength(1);
    });
    const second = codeField();
    start(second);
    await vi.waitFor(() => {
      expect(fake.controls).toBe(1);
    });
    for (const answer of fake.codeRequests) answer('123456');
    await vi.waitFor(() => {
      expect(valueOf(first)).toBe('123456');
    });
    expect(fake.codeRequests).toHaveLength(1);
    expect(valueOf(second)).toBe('');
  });

  it('fills nothing for a session that ended while the code was on the way', async () => {
    const start = await sessions();
    const field = codeField();
    const session = start(field);
    await vi.waitFor(() => {
      expect(fake.codeRequests).toHaveLength(1);
    });
    session.end();
    fake.codeRequests[0]?.('123456');
    await settled();
    expect(valueOf(field)).toBe('');
    expect(fake.controls).toBe(0);
    // Given back: the code step that replaced it may still be filled once.
    const next = codeField();
    start(next);
    await vi.waitFor(() => {
      expect(fake.codeRequests).toHaveLength(2);
    });
    fake.codeRequests[1]?.('654321');
    await vi.waitFor(() => {
      expect(valueOf(next)).toBe('654321');
    });
  });
});
