#!/usr/bin/env node
// `npm test`: the static checks (typecheck, lint, model tests: no browser) beside the browser suites, since the
// browser tests mostly wait on their browser and leave a CPU idle. The browser suites print live; the static
// checks' output is kept and printed whole after them, so the two never mix. Exit code: non-zero when either failed.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; resolves to its exit code (with stdio 'pipe', its output goes to `output`). */
function run(script, stdio, output) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio });
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`could not start npm run ${script}: ${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const staticOutput = [];
/** One after another, stopping at the first that fails, as `a && b && c` would. */
async function staticChecks() {
  for (const script of ['typecheck', 'lint', 'test:model']) {
    const started = Date.now();
    const code = await run(script, ['ignore', 'pipe', 'pipe'], staticOutput);
    staticOutput.push(
      Buffer.from(`::: npm run ${script}: exit ${code} after ${Math.round((Date.now() - started) / 1000)} s\n`),
    );
    if (code !== 0) return { script, code };
  }
  return { script: null, code: 0 };
}

console.log('::: typecheck, lint and model tests run beside the browser tests (their output follows)');
const [checks, browsers] = await Promise.all([staticChecks(), run('test:browser', 'inherit', [])]);
console.log('\n::: typecheck, lint, model tests');
process.stdout.write(Buffer.concat(staticOutput));
if (checks.code !== 0) console.error(`::: npm test: npm run ${checks.script} failed (exit ${checks.code})`);
if (browsers !== 0) console.error(`::: npm test: the browser tests failed (exit ${browsers})`);
process.exit(checks.code !== 0 || browsers !== 0 ? 1 : 0);
