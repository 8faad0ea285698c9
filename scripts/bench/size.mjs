// Size: the gzip bytes an English page downloads before it shows the intro and the first question.
//
// Which files those are is not guessed from the code: the page is loaded, Start is clicked, and every request
// made until the first question is on screen is listed (see firstQuestionOnce in scripts/bench.mjs). This file
// weighs them, lists the bundle's other (lazy) chunks, and estimates what each module of the entry costs.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ENTRY = 'smp-assessment.bundle.js';

const gzip9 = (data) => gzipSync(data, { level: 9 }).length;

/**
 * The bundle build of rollup.config.mjs run in memory without its output plugins (the minifier), to see which
 * modules each chunk holds. Returns { note } instead when the config cannot be read that way.
 */
async function unminifiedBundle(root) {
  try {
    const { rollup } = await import('rollup');
    const config = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
    const configs = (await (typeof config === 'function' ? config({}) : config)) ?? [];
    const bundleConfig = [configs]
      .flat()
      .find((c) => [c.output].flat().some((o) => o?.entryFileNames === ENTRY || o?.file?.endsWith(ENTRY)));
    if (!bundleConfig) return { note: `no rollup config writes ${ENTRY}` };
    const { output: outputOptions, ...inputOptions } = bundleConfig;
    const build = await rollup({ ...inputOptions, onwarn: () => {} });
    const { output } = await build.generate({ ...[outputOptions].flat()[0], plugins: [], sourcemap: false });
    await build.close();
    return { chunks: output.filter((c) => c.type === 'chunk') };
  } catch (error) {
    return { note: `unminified build failed: ${error.message}` };
  }
}

/** Each module of a chunk, minified alone by esbuild and gzipped alone: an estimate of what it costs. */
async function moduleCosts(root, chunk) {
  const { transform } = await import('esbuild');
  const rows = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.renderedLength) continue;
    const { code } = await transform(info.code, { minify: true, format: 'esm', target: 'es2022' });
    const name = id.includes('node_modules')
      ? id.slice(id.lastIndexOf('node_modules') + 'node_modules/'.length)
      : id.startsWith(root)
        ? id.slice(root.length)
        : id;
    rows.push({ name, minified: code.length, gzip: gzip9(code) });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

/**
 * @param {string} root the repository
 * @param {string[]} requested dist/ file names requested before the first question showed
 */
export async function measureSize(root, requested) {
  const dist = join(root, 'dist');
  const describe = async (name) => {
    const data = await readFile(join(dist, name));
    return { name, minified: data.length, gzip: gzip9(data) };
  };
  const files = await Promise.all([...new Set(requested)].sort().map(describe));
  const lazyNames = (await readdir(dist))
    .filter((n) => n.startsWith('smp-assessment.bundle.') && n.endsWith('.js') && !requested.includes(n))
    .sort();
  const lazyFiles = await Promise.all(lazyNames.map(describe));
  const raw = await unminifiedBundle(root);
  const entryChunk = raw.chunks?.find((c) => c.isEntry);
  return {
    files,
    lazyFiles,
    total: files.reduce((s, f) => s + f.gzip, 0),
    minified: files.reduce((s, f) => s + f.minified, 0),
    modules: entryChunk ? await moduleCosts(root, entryChunk) : [],
    note: raw.note,
  };
}
