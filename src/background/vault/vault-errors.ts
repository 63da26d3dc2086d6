import { VaultError } from '../../core/vault';
import { RequestError } from '../router';

/** A rejected vault operation (duplicate, limits, bad input) as a readable, typed reply. */
export async function withVaultErrors<Result>(action: () => Promise<Result>): Promise<Result> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
    const code =
      error.code === 'duplicate'
        ? 'duplicate'
        : error.code === 'not-found'
          ? 'not-found'
          : 'invalid-input';
    throw new RequestError(code, error.message, error.code);
  }
}
