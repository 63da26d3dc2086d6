import { expect } from 'vitest';
import { FormatError, type ImportFileInput } from '../../../../src/core/formats/types';

/** Two different 160-bit secrets, as every format's fixtures use them. */
export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

export type FileOf = (text: string, password?: string | null) => ImportFileInput;

/** Text files as the file picker hands them over, all under the name a format's app gives. */
export function filesNamed(name: string): FileOf {
  return (text, password = null) => ({ name, text, password });
}

/** The FormatError the promise rejects with; anything else (a result, another error) fails. */
export async function failure(promise: Promise<unknown>): Promise<FormatError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FormatError);
  return error as FormatError;
}
