// `cem analyze` writes custom-elements.json for editors, Storybook-like tools and the README's API table. It describes
// the public API only: the element (attributes, properties, events, parts, custom properties and states), its event
// types and the package's entry point. Internals (model, views, controllers) stay out, so a refactor of them never
// changes what the manifest promises.
export default {
  globs: ['src/index.ts', 'src/components/smp-assessment.ts', 'src/events.ts'],
  litelement: true,
  outdir: '.',
};
