/**
 * A stand-in for React's input value tracking (react-dom inputValueTracking): React defines
 * `value` on each input instance, remembers every value set through it, and on an `input`
 * event calls onChange only if the DOM value differs from the remembered one. A filler that
 * assigns `input.value = code` updates the remembered value too, so React sees no change.
 */
export function trackLikeReact(input: HTMLInputElement): { readonly changes: string[] } {
  const prototype = HTMLInputElement.prototype;
  const changes: string[] = [];
  let tracked = Reflect.get(prototype, 'value', input);
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => Reflect.get(prototype, 'value', input),
    set: (next: unknown) => {
      tracked = String(next);
      Reflect.set(prototype, 'value', next, input);
    },
  });
  input.addEventListener('input', () => {
    const current = Reflect.get(prototype, 'value', input);
    if (current !== tracked) {
      tracked = current;
      changes.push(current);
    }
  });
  return { changes };
}

/** Records event types (and InputEvent details) reaching an element, in order. */
export function recordEvents(target: EventTarget, types: readonly string[]): string[] {
  const log: string[] = [];
  for (const type of types) {
    target.addEventListener(type, (event) => {
      if (event instanceof InputEvent) log.push(`${type}:${event.inputType}:${event.data ?? ''}`);
      else if (event instanceof KeyboardEvent) log.push(`${type}:${event.key}`);
      else log.push(type);
    });
  }
  return log;
}

export const FILL_EVENT_TYPES = [
  'focus',
  'keydown',
  'keypress',
  'beforeinput',
  'input',
  'keyup',
  'change',
  'blur',
] as const;
