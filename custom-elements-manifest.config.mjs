// `cem analyze` writes custom-elements.json for editors, Storybook-like tools and the README's API tables
// (scripts/api-docs.mjs). It describes the public API only: the element (attributes, properties, events, parts,
// custom properties and states), the form-control base it extends (so its `name`, `required`, `disabled` and
// form API are listed on the element, `inheritedFrom` it), its event types and the package's entry point.
// Internals (model, views, controllers) stay out, so a refactor of them never changes what the manifest promises.

/**
 * A member's `@default` tag wins over its initializer: `lang` starts as `null` in code but is inherited from
 * the page, which is what a reader of the API needs to know. (The analyzer keeps the initializer otherwise.)
 */
function jsdocDefaultWins() {
  return {
    name: 'jsdoc-default-wins',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.getText());
      for (const member of node.members) {
        const tag = ts.getJSDocTags(member).find((jsdocTag) => jsdocTag.tagName.getText() === 'default');
        const memberDoc = tag && classDoc?.members?.find((doc) => doc.name === member.name?.getText());
        if (memberDoc) memberDoc.default = ts.getTextOfJSDocComment(tag.comment);
      }
    },
  };
}

/**
 * Private and protected members (the element's controllers, the base class's hooks) are how it works, not what it
 * promises: they leave the manifest, as the files of the internals do.
 */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((member) => (member.privacy ?? 'public') === 'public');
        }
      }
    },
  };
}

export default {
  globs: [
    'src/index.ts',
    'src/components/form-control-element.ts',
    'src/components/smp-assessment.ts',
    'src/events.ts',
  ],
  litelement: true,
  outdir: '.',
  plugins: [jsdocDefaultWins(), publicMembersOnly()],
};
