import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { TestPage } from './test-page';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly targets: readonly string[];
}

/** Issue 4: each popup state is audited with axe-core; serious and critical findings fail. */
export async function seriousAxeViolations(page: TestPage): Promise<AxeFinding[]> {
  await page.injectScript(await axeSource);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResult> } })
      .axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
  });
}
