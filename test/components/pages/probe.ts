// A classic script (no imports or exports) loaded first by every page in this folder, before the widget.
// It records what the embedding tests assert on, inside the page's own realm:
//  - every `securitypolicyviolation` (CSP and Trusted Types),
//  - console.error / console.warn calls, uncaught errors and unhandled rejections,
//  - every resource the page loads (a buffered PerformanceObserver),
//  - every request started from script (fetch, XHR, sendBeacon, WebSocket, EventSource), even one that fails.
// It uses no Trusted Types sink and no inline style, so it runs unchanged under the strict policy.
(() => {
  const text = (args: unknown[]) =>
    args
      .map((arg) => {
        if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
        if (typeof arg === 'string') return arg;
        try {
          return JSON.stringify(arg);
        } catch {
          return String(arg);
        }
      })
      .join(' ');

  const probe = {
    violations: [] as { directive: string; blocked: string; sample: string; source: string }[],
    errors: [] as string[],
    warnings: [] as string[],
    resources: [] as { name: string; initiatorType: string }[],
    requests: [] as string[],
  };
  (window as unknown as { __probe: typeof probe }).__probe = probe;

  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      probe.violations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    },
    true,
  );

  const original = { error: console.error.bind(console), warn: console.warn.bind(console) };
  console.error = (...args: unknown[]) => {
    probe.errors.push(text(args));
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    probe.warnings.push(text(args));
    original.warn(...args);
  };
  window.addEventListener('error', (e) => probe.errors.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${text([e.reason])}`));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      probe.resources.push({ name: entry.name, initiatorType: entry.initiatorType });
    }
  }).observe({ type: 'resource', buffered: true });

  const nativeFetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    probe.requests.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
    return nativeFetch.call(this, input, init);
  };
  const nativeOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    probe.requests.push(`xhr ${String(args[1])}`);
    return (nativeOpen as (...a: unknown[]) => void).apply(this, args);
  };
  const nativeBeacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    probe.requests.push(`beacon ${String(url)}`);
    return nativeBeacon(url, data);
  };
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Native = window[name] as unknown as new (...a: unknown[]) => object;
    (window as unknown as Record<string, unknown>)[name] = new Proxy(Native, {
      construct(target, args) {
        probe.requests.push(`${name} ${String(args[0])}`);
        return new target(...args);
      },
    });
  }
})();
