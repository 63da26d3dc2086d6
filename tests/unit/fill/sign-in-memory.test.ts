import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetLoginNames,
  LOGIN_NAME_LIFETIME_MS,
  loginNameFor,
  rememberLoginName,
} from '../../../src/background/fill/sign-in/login-names';
import {
  awaitsAnswer,
  forgetOutcomes,
  noteFilled,
  noteRefused,
  noteSent,
  OUTCOME_WINDOW_MS,
  takeAccepted,
} from '../../../src/background/fill/sign-in/sign-in-outcomes';

// What the worker keeps of a sign-in under way, per tab and origin, in memory only.
const portal = 'https://portal.net2phone.ca';
beforeEach(() => {
  forgetLoginNames();
  forgetOutcomes();
});

describe('login names', () => {
  it('are kept for their tab and origin, ten minutes', () => {
    rememberLoginName(1, portal, '101@organization.com', 0);
    expect(loginNameFor(1, portal, LOGIN_NAME_LIFETIME_MS)).toBe('101@organization.com');
    expect(loginNameFor(2, portal, 1)).toBeNull();
    expect(loginNameFor(1, 'https://login.net2phone.ca', 1)).toBeNull();
    expect(loginNameFor(1, portal, LOGIN_NAME_LIFETIME_MS + 1)).toBeNull();
  });
});

describe('sign-in outcomes', () => {
  it('an accepted sign-in is one whose code was sent, then went away', () => {
    noteFilled(1, portal, 'a', 0);
    expect(awaitsAnswer(1, portal, 1)).toBe(false);
    noteSent(1, portal, 2);
    expect(awaitsAnswer(1, portal, 3)).toBe(true);
    expect(awaitsAnswer(1, 'https://elsewhere.example', 3)).toBe(false);
    expect(takeAccepted(1, portal, 4)).toBe('a');
    expect(takeAccepted(1, portal, 5)).toBeNull();
  });

  it('a code step gone unsent, or answered too late, accepts nothing', () => {
    noteFilled(1, portal, 'a', 0);
    expect(takeAccepted(1, portal, 1)).toBeNull();
    noteFilled(1, portal, 'a', 0);
    noteSent(1, portal, 1);
    expect(takeAccepted(1, portal, 2 + OUTCOME_WINDOW_MS)).toBeNull();
  });

  it('counts refusals in a row, and an answer is taken once', () => {
    noteFilled(1, portal, 'a', 0);
    noteSent(1, portal, 1);
    expect(noteRefused(1, portal, 2)).toEqual({ id: 'a', filledAt: 0, refusals: 1 });
    expect(awaitsAnswer(1, portal, 3)).toBe(false);
    noteFilled(1, portal, 'b', 4);
    expect(noteRefused(1, portal, 5)).toEqual({ id: 'b', filledAt: 4, refusals: 2 });
  });
});
