// What the test server itself received, in every engine (no DevTools protocol needed):
//   executeServerCommand('smp-requests', { action: 'start' | 'take' })
//     'start' begins recording every request the test server gets; 'take' returns them
//     ({ url, dest, referrer }[], `dest` from the Fetch Metadata header Sec-Fetch-Dest) and stops recording.
// Requests to other origins never reach this server: tests catch those with a report-only CSP instead
// (`?csp=report-only`), whose violations the page's probe records without blocking anything.
/** @type {{ url: string, dest: string, referrer: string }[] | undefined} */
let recording;

/**
 * Koa middleware for the config's `middleware` list: records while a test has asked for it. Every response
 * is `no-store`, so a page's every request reaches the server (one answered from the browser's cache would
 * not, and the log would miss a script that an earlier test file had already loaded).
 */
export async function recordRequests(context, next) {
  recording?.push({
    url: context.href,
    dest: context.get('sec-fetch-dest') || '',
    referrer: context.get('referer') || '',
  });
  await next();
  context.set('Cache-Control', 'no-store');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function requestLogPlugin() {
  return {
    name: 'smp-request-log',
    async executeCommand({ command, payload }) {
      if (command !== 'smp-requests') return undefined;
      if (payload?.action === 'start') {
        recording = [];
        return true;
      }
      const taken = recording ?? [];
      recording = undefined;
      return taken;
    },
  };
}
