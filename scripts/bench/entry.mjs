// The entry's weight without the whole benchmark: `npm run build`, then `node scripts/bench/entry.mjs`.
// It weighs only the bundle file (the bench also counts any chunk the page fetches before the first question,
// which a real page load is needed to see) and lists what each of its modules costs, largest first.
import { fileURLToPath } from 'node:url';
import { ENTRY, measureSize } from './size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const size = await measureSize(root, [ENTRY]);
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
console.log(`${ENTRY}: ${size.total} B gzip (${kib(size.total)}), ${size.minified} B minified`);
if (size.note) console.log(`modules unknown: ${size.note}`);
for (const m of size.modules) console.log(`  ${String(m.gzip).padStart(6)} B  ${m.name}`);
console.log('lazy chunks:');
for (const f of size.lazyFiles) console.log(`  ${String(f.gzip).padStart(6)} B  ${f.name}`);
