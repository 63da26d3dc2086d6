import { generate } from 'otplib';
import { expect } from 'vitest';
import { pageSpyRecords, type SpyRecord } from '../../fixtures/hostile/spy';
import type { BoundAccount } from './hostile-setup';
import type { TestPage } from './test-page';

/**
 * Looks for the bound account's codes and secret in what a hostile page saw (issue 6,
 * deliverable 4): every record of its spy (spy.ts), and the key strokes and input values
 * joined up, since segmented boxes get one digit each.
 */

const periodMs = 30_000;

export interface Leak {
  readonly frame: string;
  readonly kind: string;
  readonly excerpt: string;
}

/** The codes of every period from `sinceMs` (minus one) to now (plus one). */
export async function codesSince(account: BoundAccount, sinceMs: number): Promise<string[]> {
  const first = Math.floor(sinceMs / periodMs) - 1;
  const last = Math.floor(Date.now() / periodMs) + 1;
  const steps = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return Promise.all(
    steps.map((step) => generate({ secret: account.secret, epoch: (step * periodMs) / 1000 })),
  );
}

export async function findLeaks(
  records: readonly SpyRecord[],
  account: BoundAccount,
  sinceMs: number,
): Promise<Leak[]> {
  const codes = await codesSince(account, sinceMs);
  const secrets = [
    account.secret,
    account.secret.toLowerCase(),
    account.secret.replace(/(.{4})(?!$)/g, '$1 '),
  ];
  const leaks: Leak[] = [];
  const observed: Observed[] = [...records, ...joinedUp(records)];
  for (const { frame, kind, text } of observed) {
    const joined = kind.startsWith('joined');
    const code = codes.find((candidate) =>
      joined ? text.includes(candidate) : new RegExp(`(?<!\\d)${candidate}(?!\\d)`).test(text),
    );
    const secret = secrets.find((candidate) => text.includes(candidate));
    const found = code ?? secret;
    if (found === undefined) continue;
    const at = text.indexOf(found);
    leaks.push({ frame, kind, excerpt: text.slice(Math.max(0, at - 80), at + 80) });
  }
  return leaks;
}

interface Observed {
  readonly frame: string;
  readonly kind: string;
  readonly text: string;
}

/** Digits typed one key at a time, and all input values of a snapshot, as single strings. */
function joinedUp(records: readonly SpyRecord[]): Observed[] {
  const keysByFrame = new Map<string, string>();
  const joined: Observed[] = [];
  for (const { frame, kind, text } of records) {
    const key = /^keydown .*?\bkey=(\S)\s/.exec(text)?.[1];
    if (kind === 'event' && key !== undefined) {
      keysByFrame.set(frame, (keysByFrame.get(frame) ?? '') + key);
    }
    if (kind === 'snapshot' && text.startsWith('inputs ')) {
      const values = text
        .slice('inputs '.length)
        .split(' ')
        .map((pair) => pair.slice(pair.indexOf('=') + 1));
      joined.push({ frame, kind: 'joined input values', text: values.join('') });
    }
  }
  for (const [frame, keys] of keysByFrame) {
    joined.push({ frame, kind: 'joined key strokes', text: keys });
  }
  return joined;
}

/** A top frame's spy records, with a fresh snapshot. */
export function topFrameRecords(page: TestPage): Promise<SpyRecord[]> {
  return page.evaluate(pageSpyRecords);
}

/**
 * A page is given its chance to get a code, then found clean. Nothing in the page says "the
 * extension decided not to fill", so absence can only be observed over a window: it opens once
 * the caller has seen the extension at work on this page (its content script ran, its UI
 * showed), lasts many times the extension's fill time on the bound page (the control tests
 * fill in well under a second), and ends early, failing, at the first sign of a leak.
 */
export const quietWindowMs = 2_500;

/** Runs `check` (which throws when the page got something) repeatedly for the whole window. */
export async function expectDuring(
  check: () => Promise<void>,
  windowMs = quietWindowMs,
): Promise<void> {
  const until = Date.now() + windowMs;
  for (;;) {
    await check();
    if (Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function expectNoLeakDuring(
  read: () => Promise<readonly SpyRecord[]> | readonly SpyRecord[],
  account: BoundAccount,
  sinceMs: number,
  windowMs = quietWindowMs,
): Promise<void> {
  await expectDuring(async () => {
    const leaks = await findLeaks(await read(), account, sinceMs);
    if (leaks.length > 0) {
      throw new Error(`The page got a code or the secret:\n${JSON.stringify(leaks, null, 2)}`);
    }
  }, windowMs);
}

/**
 * The page has no `chrome.runtime` to reach us (no `externally_connectable` ids), or its
 * messages are refused, and none of the extension's files can be fetched (no web-accessible
 * resources): three fetches tried, three refused.
 */
export function expectNoChannel(outcomes: readonly string[]) {
  expect(outcomes.filter((outcome) => outcome.startsWith('fetch refused'))).toHaveLength(3);
  for (const outcome of outcomes) {
    expect(outcome).toMatch(/^(no chrome\.runtime\.sendMessage in the page|refused|fetch refused)/);
  }
}
