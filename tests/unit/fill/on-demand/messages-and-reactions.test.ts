import { describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json';
import french from '../../../../public/_locales/fr/messages.json';
import {
  popupFallback,
  reactionTo,
  type TriggerAttempt,
} from '../../../../src/background/fill/on-demand/trigger-reaction';
import { readFillOutcome } from '../../../../src/content/fill-on-demand-protocol';
import { fillResultMessage } from '../../../../src/popup/fill/fill-result-message';
import type { FillOnPageResult } from '../../../../src/shared/model/fill';

// Issue 6: what the popup says after "Fill code on this page", and what the keyboard command
// and the context menu do instead, having no window of their own.
const origin = 'https://examp1e.com';
const boundOrigin = 'https://example.com';
const problems: readonly FillOnPageResult[] = [
  { status: 'no-account', origin },
  { status: 'lookalike', origin, boundOrigin },
  { status: 'hotp-only', origin },
  { status: 'insecure' },
  { status: 'no-field' },
  { status: 'refused' },
  { status: 'unavailable' },
];

describe('fillResultMessage', () => {
  it('confirms a fill, and says when the code was copied too', () => {
    expect(fillResultMessage({ status: 'filled', copied: false })).toMatchObject({
      key: 'popupFilled',
      tone: 'done',
    });
    expect(fillResultMessage({ status: 'filled', copied: true })).toMatchObject({
      key: 'popupFilledCopied',
    });
  });

  it('warns about a look-alike, naming both origins', () => {
    expect(fillResultMessage({ status: 'lookalike', origin, boundOrigin })).toEqual({
      key: 'popupFillLookalike',
      substitutions: [origin, boundOrigin],
      tone: 'warning',
    });
  });

  it('says nothing while the user chooses an account', () => {
    expect(fillResultMessage({ status: 'choose', accounts: [] })).toBeNull();
  });

  it.each(problems)('has a specific sentence, in English and French, for %j', (result) => {
    const said = fillResultMessage(result);
    expect(said?.tone).not.toBe('done');
    expect(english).toHaveProperty(said?.key ?? '');
    expect(french).toHaveProperty(said?.key ?? '');
    const keys = new Set(problems.map((problem) => fillResultMessage(problem)?.key));
    expect(keys.size).toBe(problems.length);
  });
});

describe('reactionTo (keyboard command, context menu)', () => {
  it('does nothing more after a fill', () => {
    expect(reactionTo({ status: 'filled', copied: false })).toEqual({ kind: 'none' });
  });

  it.each([{ status: 'locked' }, { status: 'choose', accounts: [] }] as const)(
    'opens the popup to act in when %j (never fills "the first" account)',
    (attempt) => {
      expect(reactionTo(attempt)).toEqual({ kind: 'open-popup' });
    },
  );

  it.each([...problems, { status: 'subframe' } as const])(
    'shows why nothing was filled for %j, as a badge tooltip in both languages',
    (attempt: TriggerAttempt) => {
      const reaction = reactionTo(attempt);
      if (reaction.kind !== 'badge') throw new Error(`Expected a badge, got ${reaction.kind}`);
      expect(english).toHaveProperty(reaction.reason);
      expect(french).toHaveProperty(reaction.reason);
    },
  );

  it('names the look-alike and the site it imitates', () => {
    expect(reactionTo({ status: 'lookalike', origin, boundOrigin })).toMatchObject({
      substitutions: [origin, boundOrigin],
    });
  });

  it('has a badge to show when the popup cannot be opened', () => {
    expect(popupFallback).toMatchObject({ kind: 'badge', reason: 'fillOpenPopup' });
    expect(french).toHaveProperty('fillOpenPopup');
  });
});

describe('readFillOutcome (the filler answers from a page renderer)', () => {
  it.each([
    [{ status: 'filled', copied: true }, { status: 'filled' }],
    [{ status: 'no-field', extra: 1 }, { status: 'no-field' }],
    [{ status: 'denied' }, { status: 'denied' }],
  ])('reads %j', (value, expected) => {
    expect(readFillOutcome(value)).toEqual(expected);
  });

  it.each([null, undefined, 'filled', { status: 'submitted' }, { status: 1 }, []])(
    'refuses %j',
    (value) => {
      expect(readFillOutcome(value)).toBeNull();
    },
  );
});
