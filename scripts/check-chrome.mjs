#!/usr/bin/env node
// Fails fast, with instructions, when no browser is installed for the browser tests.
import { findChrome, missingChromeMessage } from './chrome-path.mjs';

const found = findChrome();
if (found.path) {
  console.log(`Browser for tests: ${found.path}${found.source === 'CHROME_PATH' ? ' (from CHROME_PATH)' : ''}`);
  process.exit(0);
}
console.error(missingChromeMessage(found));
process.exit(1);
