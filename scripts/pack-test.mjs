// `npm run test:pack`: proves the npm package works for someone who installs it.
//  1. builds (skip with --no-build), then `npm pack`s the package and checks the tarball's file list;
//  2. installs the tarball into a scratch project in os.tmpdir() (lit comes from the npm cache or registry);
//  3. in that project, checks Node's resolution of every export (`smp-assessment` -> dist/smp-assessment.js, the
//     bundle, the FHIR Questionnaire, custom-elements.json), the `types`, `customElements` and `sideEffects`
//     fields, and typechecks a consumer's TypeScript against the shipped .d.ts;
//  4. serves the scratch project and opens two pages in Chromium (puppeteer-core): one importing
//     `smp-assessment` through an import map built from the installed packages' `exports` (the npm build, lit
//     external), one with the self-contained bundle in a plain <script type="module">. In each the element
//     must register, render its start button, start, and load its lazy Spanish chunk, with no failed request
//     and no console error.
// Flags: --no-build (use the existing dist/), --keep (leave the scratch project and print its path).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

/* global customElements, document, window -- only inside tab.evaluate(), which runs in the page */
import { chromeArgs, findChrome, missingChromeMessage } from './chrome-path.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failures = 0;

function check(ok, message, detail = '') {
  if (ok) console.log(`ok - ${message}`);
  else {
    failures++;
    console.log(`not ok - ${message}${detail ? `\n  ${String(detail).replace(/\n/g, '\n  ')}` : ''}`);
  }
  return ok;
}

function run(command, commandArgs, cwd, quiet = true) {
  return execFileSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

// ---------------------------------------------------------------- 1. build and pack

if (!args.has('--no-build')) {
  console.log('# npm run build');
  run(npm, ['run', 'build'], root);
}
for (const file of ['dist/smp-assessment.js', 'dist/smp-assessment.bundle.js', 'custom-elements.json']) {
  if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'smp-pack-test-'));
process.on('exit', () => {
  if (args.has('--keep')) console.log(`# kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
});
console.log(`# npm pack (into ${scratch})`);
const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', scratch], root));
const tarball = path.join(scratch, packed.filename);
const files = packed.files.map((f) => f.path);
for (const file of [
  'package.json',
  'dist/smp-assessment.js',
  'dist/smp-assessment.bundle.js',
  'dist/smp-assessment.standalone.js',
  'dist/types/index.d.ts',
  'dist/questionnaire.fhir.json',
  'custom-elements.json',
]) {
  check(files.includes(file), `the tarball holds ${file}`);
}
check(
  files.some((f) => /^dist\/smp-assessment\.bundle\.es-[\w-]+\.js$/.test(f)),
  'the tarball holds the bundle\u2019s lazy Spanish chunk',
);
const stray = files.filter((f) => /^(src|test|scripts|demo|node_modules)\/|^\.|\.tgz$/.test(f));
check(stray.length === 0, 'the tarball holds no sources, tests, scripts or dotfiles', stray.join('\n'));
console.log(`# ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);

// ---------------------------------------------------------------- 2. install into a scratch project

const project = path.join(scratch, 'project');
mkdirSync(project);
writeFileSync(
  path.join(project, 'package.json'),
  JSON.stringify({ name: 'smp-pack-consumer', private: true, type: 'module' }, null, 2),
);
console.log('# npm install <tarball> in a scratch project');
run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
const installed = path.join(project, 'node_modules', 'smp-assessment');
check(existsSync(path.join(installed, 'package.json')), 'the tarball installs');
check(existsSync(path.join(project, 'node_modules', 'lit', 'package.json')), 'lit is installed as its dependency');

// ---------------------------------------------------------------- 3. Node resolution, fields, types

// Resolved from inside the consumer project, as its own code would.
const resolverFile = path.join(project, 'resolve.mjs');
writeFileSync(
  resolverFile,
  `const specifiers = JSON.parse(process.argv[2]);
const out = {};
for (const s of specifiers) {
  try { out[s] = import.meta.resolve(s); } catch (error) { out[s] = 'ERROR ' + error.code; }
}
console.log(JSON.stringify(out));
`,
);
const specifiers = [
  'smp-assessment',
  'smp-assessment/bundle',
  'smp-assessment/standalone',
  'smp-assessment/questionnaire.fhir.json',
  'smp-assessment/custom-elements.json',
  'smp-assessment/package.json',
  'smp-assessment/dist/smp-assessment.js',
];
const resolved = JSON.parse(run(process.execPath, [resolverFile, JSON.stringify(specifiers)], project));
const expectFile = (specifier, file) => {
  const want = pathToFileURL(path.join(installed, file)).href;
  check(resolved[specifier] === want, `'${specifier}' resolves to ${file}`, `got ${resolved[specifier]}`);
  check(existsSync(path.join(installed, file)), `${file} exists`);
};
expectFile('smp-assessment', 'dist/smp-assessment.js');
expectFile('smp-assessment/bundle', 'dist/smp-assessment.bundle.js');
expectFile('smp-assessment/standalone', 'dist/smp-assessment.standalone.js');
expectFile('smp-assessment/questionnaire.fhir.json', 'dist/questionnaire.fhir.json');
expectFile('smp-assessment/custom-elements.json', 'custom-elements.json');
expectFile('smp-assessment/package.json', 'package.json');
check(
  String(resolved['smp-assessment/dist/smp-assessment.js']).startsWith('ERROR'),
  'files outside `exports` are not importable (deep imports stay private)',
);

/** The parsed JSON file, or null (reported as a failed check by the caller) when it is missing or invalid. */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const pkg = readJson(path.join(installed, 'package.json')) ?? {};
check(!!pkg.types && existsSync(path.join(installed, pkg.types)), `"types" (${pkg.types}) exists`);
check(pkg.exports?.['.']?.types === pkg.types, '"exports" and "types" name the same .d.ts');
check(
  pkg.customElements && existsSync(path.join(installed, pkg.customElements)),
  `"customElements" (${pkg.customElements}) exists`,
);
const manifest = readJson(path.join(installed, pkg.customElements ?? 'custom-elements.json'));
const declarations = (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []);
const element = declarations.find((d) => d.tagName === 'smp-assessment');
check(!!element, 'custom-elements.json declares <smp-assessment>');
check(
  (element?.cssParts ?? []).some((p) => p.name === 'start-button') &&
    (element?.events ?? []).some((e) => e.name === 'smp-complete'),
  'the manifest lists its parts and events',
);
const questionnaire = readJson(path.join(installed, 'dist/questionnaire.fhir.json'));
check(questionnaire?.resourceType === 'Questionnaire', 'dist/questionnaire.fhir.json is a FHIR Questionnaire');
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
check(
  ['./dist/smp-assessment.js', './dist/smp-assessment.bundle.js'].every((f) => sideEffects.includes(f)),
  '"sideEffects" keeps the registering entry points from being tree-shaken away',
);
check(!('lit' in (pkg.bundleDependencies ?? {})) && pkg.dependencies?.lit, 'lit is a dependency, not bundled');
const npmBuild = files
  .filter((f) => /^dist\/smp-assessment(?!\.bundle|\.standalone)[\w.-]*\.js$/.test(f))
  .map((f) => readFileSync(path.join(installed, f), 'utf8'))
  .join('\n');
check(/from\s*['"]lit['"]/.test(npmBuild), 'the npm build imports lit (external), so an app shares one copy');

// A consumer's TypeScript, typechecked against the shipped declarations (and lit's) with the repo's tsc.
writeFileSync(
  path.join(project, 'consumer.ts'),
  `import { SmpAssessment, QUESTIONNAIRE_URL, type Summary, type SmpCompleteEvent } from 'smp-assessment';
const el: SmpAssessment = document.createElement('smp-assessment');
el.answers = { 'skin-type': 'II' };
el.addEventListener('smp-complete', (event: SmpCompleteEvent) => {
  const summary: Summary = event.detail.summary;
  console.log(summary.reference, event.detail.text, event.detail.fhir.resourceType, QUESTIONNAIRE_URL);
});
const s: Summary | null = el.summary;
console.log(s, el.checkValidity());
`,
);
writeFileSync(
  path.join(project, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      types: [],
    },
    files: ['consumer.ts'],
  }),
);
try {
  run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', project], project);
  check(true, 'a consumer\u2019s TypeScript typechecks against the package\u2019s types (NodeNext resolution)');
} catch (error) {
  check(
    false,
    'a consumer\u2019s TypeScript typechecks against the package\u2019s types',
    error.stdout || error.message,
  );
}

// ---------------------------------------------------------------- 4. the element registers in a browser

/** Import-map entries for a package, from its `exports` (the browser's "default" build of each subpath). */
function importsOf(name) {
  const dir = path.join(project, 'node_modules', name);
  const { exports } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  // Node's algorithm: the first key, in the package's order, among the conditions a browser page matches.
  const conditions = new Set(['browser', 'import', 'default']);
  const pick = (target) => {
    if (typeof target === 'string' || target === null) return target;
    const key = Object.keys(target).find((k) => conditions.has(k));
    return key === undefined ? null : pick(target[key]);
  };
  const entries = {};
  for (const [subpath, target] of Object.entries(exports)) {
    const file = pick(target);
    if (!file || subpath.includes('*') || !file.endsWith('.js')) continue;
    entries[name + subpath.slice(1)] = `/node_modules/${name}/${file.replace(/^\.\//, '')}`;
  }
  return entries;
}
const importMap = {
  imports: Object.assign(
    {},
    ...['smp-assessment', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map(importsOf),
  ),
};
check(
  importMap.imports['smp-assessment'] === '/node_modules/smp-assessment/dist/smp-assessment.js',
  'the import map (from "exports") maps smp-assessment to dist/smp-assessment.js',
);

const page = (title, head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}</head>
<body><smp-assessment persist="none"></smp-assessment></body></html>`;
const pages = {
  '/npm.html': page(
    'npm build with lit from node_modules',
    `<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">import { SmpAssessment } from 'smp-assessment'; window.imported = SmpAssessment;</script>`,
  ),
  '/bundle.html': page(
    'the self-contained bundle',
    '<script type="module" src="/node_modules/smp-assessment/dist/smp-assessment.bundle.js"></script>',
  ),
};
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = http.createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (pages[url.pathname]) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.pathname]);
    return;
  }
  const file = path.join(project, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.join(project, 'node_modules') + path.sep)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = findChrome();
if (!chrome.path) throw new Error(missingChromeMessage(chrome));
const browser = await puppeteer.launch({
  executablePath: chrome.path,
  headless: true,
  args: chromeArgs,
});
try {
  for (const pathname of Object.keys(pages)) {
    const tab = await browser.newPage();
    const problems = [];
    const loaded = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    tab.on('response', (response) => {
      loaded.push(new URL(response.url()).pathname);
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await tab.goto(origin + pathname, { waitUntil: 'load' });
    const result = await tab.evaluate(async () => {
      const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms));
      const ctor = await Promise.race([customElements.whenDefined('smp-assessment'), timeout(5000)]);
      const el = document.querySelector('smp-assessment');
      await el.updateComplete;
      const start = el.shadowRoot.querySelector('[part="start-button"]');
      const rendered = !!start && start.getBoundingClientRect().height > 0;
      start?.click();
      await el.updateComplete;
      const step = el.shadowRoot.querySelector('[part="step"]')?.dataset.step;
      el.setAttribute('lang', 'es');
      const until = Date.now() + 5000;
      while (el.shadowRoot.querySelector('[part="continue-button"]')?.textContent.trim() !== 'Continuar') {
        if (Date.now() > until) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return {
        defined: !!customElements.get('smp-assessment'),
        upgraded: el instanceof ctor,
        sameClass: window.imported ? window.imported === ctor : null,
        rendered,
        step,
        spanish: el.shadowRoot.querySelector('[part="continue-button"]')?.textContent.trim(),
      };
    });
    const what = pathname === '/npm.html' ? 'npm build + import map' : 'bundle';
    check(result.defined && result.upgraded, `${what}: customElements.get('smp-assessment') is defined`);
    if (result.sameClass !== null)
      check(result.sameClass, `${what}: the imported SmpAssessment is the registered class`);
    check(result.rendered, `${what}: the start button renders`);
    check(result.step === 'smp-history', `${what}: Start shows the first question`, `step ${result.step}`);
    check(result.spanish === 'Continuar', `${what}: the lazy Spanish chunk loads from the package`, result.spanish);
    if (pathname === '/bundle.html') {
      const scripts = loaded.filter((p) => p.endsWith('.js'));
      check(
        scripts.every((p) => p.startsWith('/node_modules/smp-assessment/dist/smp-assessment.bundle')),
        'bundle: loads nothing but the bundle and its chunk (no lit from node_modules)',
        scripts.join('\n'),
      );
    }
    check(problems.length === 0, `${what}: no failed request and no console error`, problems.join('\n'));
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(failures ? `# ${failures} check(s) failed` : '# all checks passed');
process.exitCode = failures ? 1 : 0;
