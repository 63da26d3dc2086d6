import { describe, expect, it } from 'vitest';
import {
  dropCapture,
  findCapture,
  holdCapture,
  type CaptureOwner,
} from '../../../src/background/capture/pending-captures';

// Issue 5: a capture (holding a secret) is usable only by the frame that read it, for a while.
const frame: CaptureOwner = {
  kind: 'frame',
  tabId: 4,
  frameId: 0,
  origin: 'https://a.net2phone.ca',
};
const draft = {
  issuer: 'Sonar',
  account: 'a',
  params: { type: 'totp', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30 },
} as const;

describe('pending captures', () => {
  it('gives the capture back to the frame that made it, and only to it', () => {
    const token = holdCapture({
      owner: frame,
      drafts: [draft],
      origin: frame.origin,
      siteId: 'sonar',
    });
    expect(findCapture(token, frame)?.drafts).toEqual([draft]);
    expect(findCapture(token, { ...frame, frameId: 3 })).toBeNull();
    expect(findCapture(token, { ...frame, tabId: 5 })).toBeNull();
    expect(
      findCapture(token, { ...frame, origin: 'https://a.net2phone.ca.evil.example' }),
    ).toBeNull();
    expect(findCapture(token, { kind: 'extension-page' })).toBeNull();
    dropCapture(token);
    expect(findCapture(token, frame)).toBeNull();
  });

  it('forgets captures after ten minutes', () => {
    const token = holdCapture({ owner: frame, drafts: [draft], origin: null, siteId: null }, 0);
    expect(findCapture(token, frame, 9 * 60_000)).not.toBeNull();
    expect(findCapture(token, frame, 10 * 60_000)).toBeNull();
  });

  it('keeps at most 32, dropping the oldest', () => {
    const tokens = Array.from({ length: 33 }, () =>
      holdCapture({ owner: frame, drafts: [draft], origin: null, siteId: null }),
    );
    expect(findCapture(tokens[0] ?? '', frame)).toBeNull();
    expect(findCapture(tokens[32] ?? '', frame)).not.toBeNull();
  });
});
