// Rollup plugin: a lazy chunk that failed to load can be asked for again under a fresh URL.
// Browsers cache a failed import() per URL, so src/lazy-chunk.ts writes each lazy import as
// `(retry) => import('./x.js')` and this plugin makes the built code `import('./x-HASH.js' + retry)`, where `retry`
// is '' on the first attempt and '?retry=N' after a failure. It refuses to build a dynamic import in src/ that is
// not written that way, so a new lazy part cannot forget it.
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;
const ANY_IMPORT = /\bimport\(/g;
const RETRYABLE_IMPORT = /\(retry\)\s*=>\s*import\(/g;

/** @returns {import('rollup').Plugin} */
export function retryableImports() {
  return {
    name: 'smp-retryable-imports',
    // Runs after esbuild, on JavaScript without types or comments.
    transform(code, id) {
      if (!id.includes(SRC) || !id.endsWith('.ts')) return null;
      const imports = (code.match(ANY_IMPORT) ?? []).length;
      const retryable = (code.match(RETRYABLE_IMPORT) ?? []).length;
      if (imports !== retryable) {
        this.error(`${id}: write each dynamic import as lazyChunk((retry) => import('...')) (see src/lazy-chunk.ts)`);
      }
      return null;
    },
    renderDynamicImport({ moduleId, targetModuleId }) {
      if (!moduleId.includes(SRC) || !targetModuleId) return null;
      return { left: 'import(', right: ' + retry)' };
    },
  };
}
