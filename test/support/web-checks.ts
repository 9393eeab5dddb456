import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Fails on any serious or critical axe-core violation, listing each with its nodes. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious, `axe-core violations in ${what}`).toEqual([]);
}

/** Saves a full-page screenshot as a test artifact (test-results/<test>/<name>.png). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** The settings file as it is on disk, to prove a refused change wrote nothing. */
export function readConfig(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The message shown on the field labelled exactly `label`, inside `scope`. */
export function fieldError(scope: Page | Locator, label: string): Locator {
  return scope.locator(`.field:has(> label:text-is(${JSON.stringify(label)})) > .field-error`);
}
