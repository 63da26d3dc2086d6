import { RequestError } from './router';

/**
 * Validators for message payloads: every field of a request from an extension page is
 * checked before use, since a page can be compromised too (DESIGN 4.4).
 */

export function record(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RequestError('bad-request', 'The request must be an object');
  }
  return payload as Record<string, unknown>;
}

export function text(source: Record<string, unknown>, name: string, maxLength = 4096): string {
  const value = source[name];
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new RequestError(
      'bad-request',
      `"${name}" must be text of at most ${maxLength} characters`,
    );
  }
  return value;
}

export function integer(
  source: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number {
  const value = source[name];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new RequestError('bad-request', `"${name}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function oneOf<Value extends string>(
  source: Record<string, unknown>,
  name: string,
  values: readonly Value[],
): Value {
  const value = source[name];
  if (!values.includes(value as Value)) {
    throw new RequestError('bad-request', `"${name}" must be one of ${values.join(', ')}`);
  }
  return value as Value;
}

export function boolean(source: Record<string, unknown>, name: string): boolean {
  const value = source[name];
  if (typeof value !== 'boolean')
    throw new RequestError('bad-request', `"${name}" must be true or false`);
  return value;
}

/** A list of 1 to `maxItems` texts, each at most `maxLength` characters. */
export function textList(
  source: Record<string, unknown>,
  name: string,
  maxItems: number,
  maxLength: number,
): string[] {
  const value = source[name];
  const valid =
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= maxItems &&
    value.every((item) => typeof item === 'string' && item.length <= maxLength);
  if (!valid) {
    throw new RequestError(
      'bad-request',
      `"${name}" must list 1 to ${maxItems} texts of at most ${maxLength} characters`,
    );
  }
  return value as string[];
}
