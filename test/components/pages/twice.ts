// For the "script loaded twice" pages: imports every copy of the widget's script on the page (the module map
// already holds them, so nothing is evaluated again) and records which class each defines and which one won.
const sources = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')]
  .map((script) => script.src)
  .filter((src) => /\/src\/index\.ts|\/smp-assessment\.bundle\.js/.test(src));
const copies = await Promise.all(
  sources.map((src) => import(src) as Promise<{ SmpAssessment: CustomElementConstructor }>),
);
(window as unknown as { __twice: unknown }).__twice = {
  sources,
  distinctClasses: new Set(copies.map((copy) => copy.SmpAssessment)).size,
  definedByFirst: customElements.get('smp-assessment') === copies[0]?.SmpAssessment,
};
export {};
