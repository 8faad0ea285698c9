// Runs jobs at most `ENGINES_AT_ONCE` at a time (default 1: one after another), for test-browsers.mjs and
// smoke-demo.mjs. CI sets 2: each engine is its own browser process (WebKit under a private X server), so two
// run side by side without sharing focus, and the 2-core machine is busy instead of half idle.

/** How many engines may run at once: ENGINES_AT_ONCE, a whole number from 1 (the default). */
export function enginesAtOnce(env = process.env) {
  const raw = (env.ENGINES_AT_ONCE ?? '').trim();
  if (raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ENGINES_AT_ONCE must be a whole number from 1, got "${raw}"`);
  return n;
}

/**
 * Calls `run(job)` for every job, at most `limit` at once, in the order given (put the longest first).
 * Resolves to the results in the jobs' order; `run` must not throw (it reports its own failure).
 * @template J, R
 * @param {J[]} jobs
 * @param {number} limit
 * @param {(job: J) => Promise<R>} run
 * @returns {Promise<R[]>}
 */
export async function runAtOnce(jobs, limit, run) {
  const results = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await run(jobs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return results;
}
