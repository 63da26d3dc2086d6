/**
 * Events: background -> extension pages (runtime.sendMessage) and background -> content
 * scripts (tabs.sendMessage). Fire and forget: nobody replies, and a context that is not
 * open simply misses them (it asks for the state when it opens).
 */

/** What the popup, the unlock window and the options page hear. */
export interface PageEvents {
  /** The vault locked (the Lock button, auto-lock, the system locking): show the unlock view. */
  'vault/locked': null;
  /** The vault was unlocked elsewhere (another popup, the unlock window). */
  'vault/unlocked': null;
  /** The organisation's policy changed: show what it now sets. */
  'policy/changed': null;
}

/** What a content script hears. */
export interface ContentEvents {
  /** The vault was unlocked: a save or a fill that waited for it may go on. */
  'vault/unlocked': null;
}

export interface EventMessage<Type extends string> {
  readonly type: Type;
  readonly event: true;
}

export function eventMessage<Type extends string>(type: Type): EventMessage<Type> {
  return { type, event: true };
}

/**
 * The event's type when `message` is one of `types`; null for anything else. `Events` is the
 * listener's event map (PageEvents, ContentEvents), given explicitly: a name it does not
 * declare, misspelt or meant for the other side, does not compile (left out, it takes none).
 */
export function readEvent<Events extends object>(
  message: unknown,
  types: readonly NoInfer<keyof Events & string>[],
): (keyof Events & string) | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, event } = message as { type?: unknown; event?: unknown };
  const named = types.find((known) => known === type);
  return event === true && named !== undefined ? named : null;
}
