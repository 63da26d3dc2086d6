import { CoreError } from '../errors';

export type VaultErrorCode =
  | 'duplicate'
  | 'not-found'
  | 'invalid-entry'
  | 'corrupt-data'
  | 'unsupported-schema'
  | 'too-many-entries';

export class VaultError extends CoreError<VaultErrorCode> {
  override readonly name = 'VaultError';
  constructor(
    code: VaultErrorCode,
    message: string,
    /** The existing entry's id, for 'duplicate'. */
    readonly entryId?: string,
  ) {
    super(code, message);
  }
}
