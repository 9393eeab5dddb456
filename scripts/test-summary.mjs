// Sums Vitest's and Playwright's JSON reports into the one line CI reads:
// "N passed, N failed, N skipped". A missing report counts as a failure.
import { readFileSync } from 'node:fs';

// Further arguments are more Vitest reports (e.g. the reliability suite), summed the same way.
const [vitestFile, playwrightFile, ...moreVitestFiles] = process.argv.slice(2);
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else {
  console.error(`no Vitest report at ${vitestFile}`);
  failed += 1;
}
for (const file of moreVitestFiles) {
  const report = read(file);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    console.error(`no Vitest report at ${file}`);
    failed += 1;
  }
}
const playwright = read(playwrightFile);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
} else {
  console.error(`no Playwright report at ${playwrightFile}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
