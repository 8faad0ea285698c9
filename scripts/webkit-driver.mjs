// Starts WebKitGTK's WebDriver server under a virtual display, for the WebKit runs (tests and demo smoke).
// MiniBrowser has no headless mode and, without a display, a WebDriver session hangs forever: xvfb-run -a
// gives it a private X server. The driver and its X server share one process group, stopped together.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `WebKitWebDriver` and resolves once it answers `/status`.
 * @param {{ driver: string, xvfbRun: string }} webkit paths from findEngine('webkit')
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
export async function startWebKitDriver({ driver, xvfbRun }) {
  const port = await freePort();
  // A tall virtual screen, so a window can grow to take a whole long page's screenshot.
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1600x6000x24', driver, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // Never leave the driver or its X server behind, however this process ends.
  process.once('exit', stop);
  const end = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`WebKitWebDriver exited at start:\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.unref();
  child.stderr.unref?.();
  return { port, stop };
}

/** WebDriver capabilities that open MiniBrowser in automation mode (webdriverio's `remote()` options). */
export function miniBrowserOptions(port, miniBrowser) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: /** @type {const} */ ('error'),
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for BiDi, which WebKitWebDriver refuses ("Failed to match capabilities").
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  };
}
