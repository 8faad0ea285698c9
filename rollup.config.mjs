// Three builds of src/index.ts, each a promised output (file names are part of the public contract):
//  - dist/smp-assessment.js: the ES module for npm, Lit left as a dependency, readable, with a source map;
//  - dist/smp-assessment.bundle.js: one self-contained minified ES module with Lit's production build inside,
//    for a <script type="module"> on any site. Lazy imports (other locales) become chunks beside it;
//  - dist/smp-assessment.standalone.js: the same with every lazy part inside (both languages, the summary, the photo
//    code), one file for hosts that can upload only one (a WordPress media library).
// esbuild compiles the TypeScript (legacy decorators and useDefineForClassFields come from tsconfig.json);
// `tsc -p tsconfig.build.json` writes the .d.ts files separately.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify as terser } from 'terser';
import { retryableImports } from './scripts/retryable-imports.mjs';

const input = 'src/index.ts';
const target = 'es2022';
const tsconfig = 'tsconfig.json';

/** Lit and its scoped packages stay imports in the npm build, so an app shares one copy of Lit. */
const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/');

/** The plugins of the two builds with Lit inside (the bundle and the standalone file). */
const selfContained = () => [
  // "production" so Lit's dev-mode checks and warnings are not shipped to patients.
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  // Lit's html`` and css`` templates, minified before esbuild compiles the TypeScript (the plugin reads it).
  // The "/" of <path ... /> stays: without it an SVG shape swallows the shapes after it, which SVG then does not draw.
  minifyHTML({ failOnError: true, options: { minifyOptions: { keepClosingSlash: true } } }),
  esbuild({ tsconfig, target }),
  retryableImports(),
];

/**
 * Terser, two compress passes, for the files patients download: on the entry it came out about 500 B gzip smaller
 * than esbuild's minifier (which still compiles the TypeScript). Lit's license comments are kept once each, at the
 * end of the file, as esbuild's `legalComments: 'eof'` did.
 * @returns {import('rollup').OutputPlugin}
 */
function minify() {
  const LICENSE = /\/\*\*?\s*\*?\s*@license[\s\S]*?\*\//g;
  return {
    name: 'smp-terser',
    async renderChunk(code) {
      const licenses = [...new Set(code.match(LICENSE) ?? [])];
      const out = await terser(code, {
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        format: { comments: false },
      });
      return { code: [out.code, ...licenses].join('\n') + '\n', map: null };
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input,
    external: isLit,
    plugins: [nodeResolve({ browser: true }), esbuild({ tsconfig, target, sourceMap: true }), retryableImports()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'smp-assessment.js',
      chunkFileNames: 'smp-assessment.[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    input,
    plugins: selfContained(),
    // Lets Rollup add the exports lazy chunks need to the entry itself, instead of a facade file that
    // would cost the page a second request before the first question.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'smp-assessment.bundle.js',
      chunkFileNames: 'smp-assessment.bundle.[name]-[hash].js',
      plugins: [minify()],
    },
  },
  {
    input,
    plugins: selfContained(),
    output: {
      file: 'dist/smp-assessment.standalone.js',
      format: 'es',
      inlineDynamicImports: true,
      plugins: [minify()],
    },
  },
];
