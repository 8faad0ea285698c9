#!/usr/bin/env node
// The demo site: `npm start` (PORT overrides 8000). One @web/dev-server serves the pages in demo/ and
// compiles ../src/index.ts with esbuild on request, so there is no build step. On top of it:
//   POST /consultation       parses the clinic form (multipart/form-data) and shows what the clinic received;
//   POST /form-builder/feedback  a form plugin's server side: answers with the email its template composed;
//   /demo/strict-csp.html    is served with the strict Content-Security-Policy below (STRICT_CSP);
//   /vendor/*.js             React 19 from node_modules as ES modules (React ships CommonJS only), bundled
//                            by esbuild in memory the first time a page asks; bare `react` and
//                            `react-dom/client` imports in the demo resolve there.
// Vue 3 needs no help: demo/frameworks/vue.js imports its ESM browser build from node_modules.
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { formBuilderEndpoint } from './form-builder-mail.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The strict policy the widget promises to work under, word for word (the README's "Privacy and embedding"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html smp-assessment 'allow-duplicates'";

/** Every demo page, as [path, what it shows]. */
export const PAGES = [
  ['/demo/index.html', 'Clinic consultation request form (POSTs to /consultation)'],
  ['/demo/partner.html', "Partner's article page, own theme, partner attribution, no form"],
  ['/demo/strict-csp.html', 'Strict Content-Security-Policy + Trusted Types, with a violation counter'],
  ['/demo/frameworks/react.html', 'React 19: properties, prefill and smp-complete'],
  ['/demo/frameworks/vue.html', 'Vue 3: properties, reactive prefill and smp-complete'],
  ['/demo/form-builder.html', 'A form plugin imitated: fetch(new FormData), a mail template, summary-field'],
];

// ---------------------------------------------------------------------------------------------------------
// POST /consultation: what the clinic received.

/** Text as HTML text: every character that could start markup or end an attribute is escaped. */
export function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** JSON pretty-printed when it parses, else the raw text (so a broken value is shown, not hidden). */
function pretty(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function formatBytes(size) {
  return size < 1024 ? `${size} bytes` : `${(size / 1024).toFixed(1)} KB`;
}

const CONTACT_FIELDS = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['contact-time', 'Best time to call'],
  ['consent', 'Consent to be contacted'],
];

/** One received field, rendered by its kind: plain text, JSON, FHIR JSON or a photo. */
async function renderField(name, value, form) {
  const label = `<code class="field-name">${escapeHtml(name)}</code>`;
  if (typeof value !== 'string') {
    const bytes = Buffer.from(await value.arrayBuffer());
    const type = /^image\/(jpeg|png|webp|gif)$/.test(value.type) ? value.type : 'application/octet-stream';
    const src = `data:${type};base64,${bytes.toString('base64')}`;
    return `<figure class="received-photo" data-field="${escapeHtml(name)}">
      ${type.startsWith('image/') ? `<img src="${src}" alt="Photo ${escapeHtml(value.name)}" width="160">` : ''}
      <figcaption>${label}<br>${escapeHtml(value.name)} · ${escapeHtml(value.type || 'unknown type')} ·
      ${escapeHtml(formatBytes(value.size))}</figcaption>
    </figure>`;
  }
  // The element's form value: `${name}` (text), `${name}-json`, `${name}-fhir`, `${name}-photo` (files).
  const kind = form.has(`${name}-json`)
    ? 'text'
    : name.endsWith('-fhir')
      ? 'fhir'
      : name.endsWith('-json')
        ? 'json'
        : 'other';
  const shown = kind === 'json' || kind === 'fhir' ? pretty(value) : value;
  const note = {
    text: 'Plain-text summary (what the clinic reads in its inbox)',
    json: 'JSON summary (schema smp-assessment/2)',
    fhir: 'FHIR R4 QuestionnaireResponse',
    other: 'Text field',
  }[kind];
  return `<section class="received-field" data-field="${escapeHtml(name)}" data-kind="${kind}">
    <h3>${label} <span class="field-note">${note} · ${escapeHtml(formatBytes(Buffer.byteLength(value)))}</span></h3>
    <pre tabindex="0">${escapeHtml(shown)}</pre>
  </section>`;
}

/** The page the demo endpoint answers with: every field the form sent, each shown as text. */
export async function renderReceived(form) {
  const entries = [...form.entries()];
  const contactNames = new Set(CONTACT_FIELDS.map(([name]) => name));
  const contact = CONTACT_FIELDS.filter(([name]) => form.has(name))
    .map(([name, label]) => `<dt>${label} <code>${name}</code></dt><dd>${escapeHtml(form.get(name)) || '—'}</dd>`)
    .join('');
  const others = entries.filter(([name]) => !contactNames.has(name));
  const photos = others.filter(([, value]) => typeof value !== 'string');
  const texts = others.filter(([, value]) => typeof value === 'string');
  const fieldList = entries
    .map(([name, value]) =>
      typeof value === 'string'
        ? `<li><code>${escapeHtml(name)}</code> — text, ${escapeHtml(formatBytes(Buffer.byteLength(value)))}</li>`
        : `<li><code>${escapeHtml(name)}</code> — file ${escapeHtml(value.name)}, ${escapeHtml(formatBytes(value.size))}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Request received · Lakeshore Laser &amp; Skin (demo)</title>
  <link rel="stylesheet" href="/demo/styles/clinic.css">
</head>
<body class="received">
  <header class="site-header"><div class="wrap">
    <a class="brand" href="/demo/index.html"><span class="brand-mark" aria-hidden="true">L</span>
      <span class="brand-name">Lakeshore <span>Laser &amp; Skin</span></span></a>
  </div></header>
  <main class="wrap">
    <p class="eyebrow">Demo endpoint · POST /consultation</p>
    <h1>What the clinic received</h1>
    <p class="lead">This is exactly what the form sent, shown as text: ${entries.length} field${entries.length === 1 ? '' : 's'},
      of which ${photos.length} photo${photos.length === 1 ? '' : 's'}. Nothing was stored.
      <a href="/demo/index.html">Back to the form</a></p>
    <section class="panel"><h2>Contact details</h2><dl class="contact">${contact}</dl></section>
    <section class="panel"><h2>All fields, in order</h2><ol class="field-list">${fieldList}</ol></section>
    <section class="panel"><h2>The assessment</h2>
      ${(await Promise.all(texts.map(([name, value]) => renderField(name, value, form)))).join('\n')}
      ${photos.length ? `<h3 class="received-photos-title">Photos</h3><div class="received-photos">${(await Promise.all(photos.map(([name, value]) => renderField(name, value, form)))).join('')}</div>` : '<p>No photos were attached.</p>'}
    </section>
  </main>
</body>
</html>`;
}

/** Koa middleware for POST /consultation, parsed by the WHATWG Request of Node 20 (undici). */
async function consultationEndpoint(ctx, next) {
  if (ctx.path !== '/consultation') return next();
  if (ctx.method !== 'POST') {
    ctx.redirect('/demo/index.html');
    return;
  }
  try {
    const request = new Request(new URL(ctx.url, 'http://localhost'), {
      method: 'POST',
      headers: ctx.req.headers,
      body: Readable.toWeb(ctx.req),
      duplex: 'half',
    });
    const form = await request.formData();
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await renderReceived(form);
  } catch (error) {
    ctx.status = 400;
    ctx.type = 'text';
    ctx.body = `Could not read the form: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Headers, redirects and React as ES modules.

async function pageHeaders(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/demo' || ctx.path === '/demo/') {
    ctx.redirect('/demo/index.html');
    return;
  }
  await next();
  if (ctx.path === '/demo/strict-csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** Bare specifiers served from /vendor/, and the module each one re-exports. */
const VENDOR = { react: 'react', 'react-dom/client': 'react-dom/client' };
const vendorFile = (specifier) => `${specifier.replace(/\//g, '-')}.js`;

/**
 * React publishes CommonJS only. esbuild turns `react` and `react-dom/client` into ES modules with their
 * real named exports, sharing one React in a common chunk, once, in memory.
 */
let vendorBuild;
export function buildVendor() {
  vendorBuild ??= (async () => {
    const entries = Object.entries(VENDOR).map(([specifier, pkg]) => {
      const names = Object.keys(require(pkg)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      const contents = `import m from ${JSON.stringify(pkg)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
      return { specifier, contents };
    });
    const result = await build({
      absWorkingDir: rootDir,
      entryPoints: entries.map(({ specifier }) => ({
        in: `vendor:${specifier}`,
        out: vendorFile(specifier).slice(0, -3),
      })),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir: path.join(rootDir, '.vendor'),
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [
        {
          name: 'vendor-entries',
          setup(b) {
            b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice(7), namespace: 'vendor' }));
            b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
              contents: entries.find((e) => e.specifier === args.path).contents,
              resolveDir: rootDir,
              loader: 'js',
            }));
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((file) => [`/vendor/${path.basename(file.path)}`, file.text]));
  })();
  return vendorBuild;
}

/**
 * Also used by the browser tests (web-test-runner.config.mjs), whose React pages import `react` the same way.
 * @type {import('@web/dev-server-core').Plugin}
 */
export const vendorPlugin = {
  name: 'smp-demo-vendor',
  resolveImport({ source }) {
    if (Object.hasOwn(VENDOR, source)) return `/vendor/${vendorFile(source)}`;
    return undefined;
  },
  async serve(context) {
    if (!context.path.startsWith('/vendor/')) return undefined;
    const files = await buildVendor();
    const body = files.get(context.path);
    return body === undefined ? undefined : { body, type: 'js' };
  },
};

// ---------------------------------------------------------------------------------------------------------

/**
 * Starts the demo server. `quiet` leaves out the page list; `middleware` runs before the demo's own (the smoke test
 * uses both: its middleware serves a frame page for WebKit and records the status of every response).
 * @returns {Promise<{ server: import('@web/dev-server-core').DevServer, origin: string, stop: () => Promise<void> }>}
 */
export async function startDemoServer({
  port = Number(process.env.PORT) || 8000,
  quiet = false,
  middleware = [],
} = {}) {
  // @web/dev-server exits the process on a busy port; check first so the message says what to do.
  await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use. Stop the other server, or pick a port: PORT=8080 npm start`)
          : error,
      ),
    );
    probe.listen(port, () => probe.close(resolve));
  });
  const server = await startDevServer({
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: !quiet,
    config: {
      rootDir,
      port,
      hostname: 'localhost',
      // No watch mode: it would inject a web-socket script into every page, which strict CSP forbids.
      watch: false,
      clearTerminalOnReload: false,
      // Lit's development build, as in the tests: it reports misuse loudly. It logs one "dev mode" warning.
      nodeResolve: { exportConditions: ['development'] },
      middleware: [...middleware, pageHeaders, consultationEndpoint, formBuilderEndpoint],
      plugins: [
        vendorPlugin,
        esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(rootDir, 'tsconfig.json') }),
      ],
    },
  });
  const origin = `http://localhost:${server.config.port}`;
  if (!quiet) {
    console.log(`\nsmp-assessment demo at ${origin}/\n`);
    const width = Math.max(...PAGES.map(([p]) => origin.length + p.length));
    for (const [page, about] of PAGES) console.log(`  ${(origin + page).padEnd(width)}  ${about}`);
    console.log(`\n  POST ${origin}/consultation shows what the clinic form sent.  Ctrl+C to stop.\n`);
  }
  return { server, origin, stop: () => server.stop() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startDemoServer().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
