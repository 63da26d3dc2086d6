import { FormatError } from '../core/formats/types';
import { RequestError } from './router';

/** A backup or import file that cannot be read, as a reply the page says in its language. */
export async function withFileErrors<Result>(action: () => Promise<Result>): Promise<Result> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof FormatError) throw new RequestError('bad-file', error.message, error.code);
    throw error;
  }
}
