/**
 * The add-on linter's warnings we accept, each with its reason, kept in
 * store/addons-linter-allowed.json. A warning passes only if an entry matches it, and an
 * entry no warning matches is stale: both are reported, so the list stays true.
 */
export interface LinterMessage {
  readonly code: string;
  readonly file?: string;
  readonly message?: string;
}

export interface Allowance {
  readonly code: string;
  /** A path in the package; `*` stands for any characters but `/` (content hashes). */
  readonly file?: string;
  readonly reason: string;
}

function matches(allowance: Allowance, warning: LinterMessage): boolean {
  if (allowance.code !== warning.code) return false;
  if (allowance.file === undefined) return true;
  const pattern = allowance.file
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${pattern}$`).test(warning.file ?? '');
}

export function judgeWarnings(
  warnings: readonly LinterMessage[],
  allowed: readonly Allowance[],
): { unexpected: LinterMessage[]; stale: Allowance[] } {
  for (const allowance of allowed) {
    if (allowance.reason.trim() === '') throw new Error(`No reason given for ${allowance.code}`);
  }
  return {
    unexpected: warnings.filter((warning) => !allowed.some((entry) => matches(entry, warning))),
    stale: allowed.filter((entry) => !warnings.some((warning) => matches(entry, warning))),
  };
}
