import { sendFromContent } from '../../shared/send';

/**
 * Tells the background a code was filled: it copies the code when "Also copy the code after
 * filling" is on (background/fill/copy-after-fill.ts), for any fill path alike.
 */
export async function reportFilled(code: string): Promise<void> {
  await sendFromContent('fill/filled', { code }).catch(() => undefined);
}
