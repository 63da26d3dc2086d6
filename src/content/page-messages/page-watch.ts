import { isShadowRoot } from '../fields/composed';

/**
 * The plumbing the page watchers share: one MutationObserver on the document (and on the
 * open shadow roots the watched elements live in), a time limit, a "the page went quiet"
 * check, and a stop that undoes all of it. Whatever throws in a callback stops the watch
 * quietly: a watcher must never break the page or keep running half-broken.
 */

export interface PageWatchOptions {
  readonly attributes: readonly string[];
  readonly timeoutMs: number;
  /** Elements whose shadow roots must be watched too. */
  readonly elements: readonly Element[];
  /** Each batch of mutation records. */
  readonly onMutations: (records: readonly MutationRecord[]) => void;
}

export interface PageWatch {
  readonly stopped: boolean;
  stop(): void;
  /** Runs `fn` guarded: a throw stops the watch; nothing runs once stopped. */
  guard(fn: () => void): void;
  /** `fn` once the page has been quiet for `quietMs`, at the latest `maxWaitMs` after a change. */
  afterQuiet(fn: () => void, quietMs: number, maxWaitMs: number): void;
  /** `fn` after `ms`, guarded; cancelled by stop. */
  later(fn: () => void, ms: number): void;
  /** Listens on the document in the capture phase, to events the user made only. */
  onTrusted(type: string, handler: (event: Event) => void): void;
}

export function watchPage(options: PageWatchOptions): PageWatch {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cleanups: (() => void)[] = [];
  let stopped = false;
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let quietDeadline = 0;

  const clear = (timer: ReturnType<typeof setTimeout> | null) => {
    if (timer === null) return;
    clearTimeout(timer);
    timers.delete(timer);
  };
  const watch: PageWatch = {
    get stopped() {
      return stopped;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
    guard(fn) {
      if (stopped) return;
      try {
        fn();
      } catch {
        watch.stop();
      }
    },
    later(fn, ms) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        watch.guard(fn);
      }, ms);
      timers.add(timer);
    },
    afterQuiet(fn, quietMs, maxWaitMs) {
      const now = Date.now();
      if (quietTimer === null) quietDeadline = now + maxWaitMs;
      clear(quietTimer);
      const wait = Math.max(0, Math.min(quietMs, quietDeadline - now));
      quietTimer = setTimeout(() => {
        if (quietTimer !== null) timers.delete(quietTimer);
        quietTimer = null;
        watch.guard(fn);
      }, wait);
      timers.add(quietTimer);
    },
    onTrusted(type, handler) {
      cleanups.push(
        listenTrusted(type, (event) => {
          watch.guard(() => {
            handler(event);
          });
        }),
      );
    },
  };

  const observer = new MutationObserver((records) => {
    watch.guard(() => {
      options.onMutations(records);
    });
  });
  const init: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: [...options.attributes],
  };
  observer.observe(document, init);
  const roots = new Set<Node>();
  for (const element of options.elements) {
    for (let root = element.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
      roots.add(root);
    }
  }
  for (const root of roots) observer.observe(root, init);
  watch.later(() => {
    watch.stop();
  }, options.timeoutMs);
  return watch;
}

/**
 * Listens on the document in the capture phase (before the page's own bubbling handlers can
 * stop the event) to events the user made: only the browser sets isTrusted, a page's
 * dispatchEvent cannot fake it. The handler never throws into the page. Returns the removal.
 */
export function listenTrusted(type: string, handler: (event: Event) => void): () => void {
  const listener = (event: Event) => {
    if (!event.isTrusted) return;
    try {
      handler(event);
    } catch {
      // A watcher that fails misses one event; the page's own handling goes on.
    }
  };
  document.addEventListener(type, listener, { capture: true, passive: true });
  return () => {
    document.removeEventListener(type, listener, { capture: true });
  };
}
