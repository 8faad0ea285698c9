// `cem analyze` writes custom-elements.json (the element's attributes, properties, events, parts) for
// editors, Storybook-like tools and the README's API table.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
