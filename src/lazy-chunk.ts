/**
 * One loader for every lazy part of the widget (the summary, photo code, other languages).
 *
 * A failed `import()` is cached by the browser for that URL, so pressing the same button again would fail
 * forever, even once the network is back. Each import is therefore written as `(retry) => import('./x.js')`:
 * the build (rollup.config.mjs, `retryableImports`) appends `retry` to the chunk's URL, so the attempt after a
 * failure asks for `x.js?retry=1`, a new request. Run from source (tests, the dev server), `retry` is not
 * appended and a retry repeats the same request.
 */
export type ChunkImport<T> = (retry: string) => Promise<T>;

/** A loader that shares one successful load, and after a failure tries again with a fresh URL on the next call. */
export function lazyChunk<T>(load: ChunkImport<T>): () => Promise<T> {
  let attempt = 0;
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load(attempt ? `?retry=${attempt}` : '').catch((error: unknown) => {
      pending = null;
      attempt++;
      throw error;
    }));
}
