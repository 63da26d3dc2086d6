/**
 * Every failure a core module reports is one of these: a stable `code` for programs and a
 * `message` a user can read (DESIGN 4.7). Messages never quote secrets or codes.
 */
export abstract class CoreError<Code extends string = string> extends Error {
  abstract override readonly name: string;
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}
