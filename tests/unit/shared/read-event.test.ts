import { describe, expect, it } from 'vitest';
import {
  eventMessage,
  readEvent,
  type ContentEvents,
  type PageEvents,
} from '../../../src/shared/protocol/events';

// Events are typed in the protocol: a listener names the map it listens with, and a
// misspelt name is a compile error (checked by `tsc`, which covers tests), not a silent null.
describe('readEvent', () => {
  it('gives the type of an event the listener knows, null for anything else', () => {
    const types = ['vault/locked', 'vault/unlocked'] as const;
    expect(readEvent<PageEvents>(eventMessage('vault/locked'), types)).toBe('vault/locked');
    expect(readEvent<PageEvents>({ type: 'vault/locked' }, types)).toBeNull();
    expect(readEvent<PageEvents>(eventMessage('vault/other'), types)).toBeNull();
    expect(readEvent<ContentEvents>('vault/unlocked', ['vault/unlocked'])).toBeNull();
  });

  it('does not compile with a name its map does not declare', () => {
    const message: unknown = eventMessage('vault/locked');
    // @ts-expect-error: misspelt
    readEvent<PageEvents>(message, ['vault/lockd']);
    // @ts-expect-error: a page event, not one content scripts hear
    readEvent<ContentEvents>(message, ['vault/locked']);
    // @ts-expect-error: no map, no names
    readEvent(message, ['vault/locked']);
    expect(readEvent<PageEvents>(message, ['vault/locked'])).toBe('vault/locked');
  });
});
