#!/usr/bin/env node
// The README's API tables, generated from custom-elements.json so the docs and the code cannot drift apart.
//
// `npm run docs:api` analyses the element (cem analyze, the same config as the build), then rewrites each block
// of the README between `<!-- api:NAME -->` and `<!-- /api:NAME -->`. `--check` (run by `npm run lint`) writes
// nothing and exits non-zero when a block differs from what the code says, naming the block.
//
// Custom properties' defaults come from the stylesheets' `var(--smp-x, default)` fallbacks, the values the
// widget really uses, not from a second copy in a comment.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');
const check = process.argv.includes('--check');

execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/.bin/cem'), 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName);
if (!element) throw new Error('custom-elements.json describes no custom element');

/** Escapes a cell: a pipe would end it. */
const cell = (text) =>
  String(text ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');

/** A field's default as a reader would say it: `null` is "none", `false` is "off", a string is code. */
function spokenDefault(member) {
  const value = member.default;
  if (value === undefined || value === 'null') return 'none';
  if (value === 'false') return 'off';
  if (value === 'true') return 'on';
  if (/^'.*'$/.test(value)) return `\`${value.slice(1, -1)}\``;
  return value;
}

/**
 * The element's members in the order a reader meets them in the class chain: those it inherits (the form-control
 * base's `name`, `required`, `disabled`) first, then its own. The analyzer lists inherited members last.
 */
function membersInClassOrder() {
  const members = element.members ?? [];
  return [...members.filter((member) => member.inheritedFrom), ...members.filter((member) => !member.inheritedFrom)];
}

function attributesTable() {
  const rows = [];
  for (const member of membersInClassOrder()) {
    if (member.static || member.privacy === 'private' || member.privacy === 'protected' || !member.description)
      continue;
    if (member.kind === 'method') rows.push([`\`${member.name}()\``, member.description, '']);
    else if (member.attribute) rows.push([`\`${member.attribute}\``, member.description, spokenDefault(member)]);
    else
      rows.push([
        `\`${member.name}\` (property${member.readonly ? ', read-only' : ''})`,
        member.description,
        spokenDefault(member),
      ]);
  }
  return table(['attribute / property', 'meaning', 'default'], rows);
}

function eventsTable() {
  return table(
    ['event', 'when and what'],
    (element.events ?? []).map((event) => [`\`${event.name}\``, event.description]),
  );
}

/** `var(--smp-x, fallback)` in every stylesheet of the element, with nested parentheses kept whole. */
function cssDefaults() {
  const defaults = new Map();
  const files = readdirSync(path.join(root, 'src'), { recursive: true }).filter((file) => /\.styles\.ts$/.test(file));
  for (const file of files) {
    const source = readFileSync(path.join(root, 'src', file), 'utf8');
    for (const match of source.matchAll(/var\((--smp-[a-z-]+),\s*/g)) {
      let depth = 1;
      let end = match.index + match[0].length;
      while (depth > 0 && end < source.length) {
        if (source[end] === '(') depth += 1;
        if (source[end] === ')') depth -= 1;
        end += 1;
      }
      if (!defaults.has(match[1])) defaults.set(match[1], source.slice(match.index + match[0].length, end - 1).trim());
    }
  }
  return defaults;
}

function spokenCss(value) {
  if (value === undefined) return 'none';
  const lightDark = /^light-dark\((.+),\s*(.+)\)$/.exec(value);
  if (lightDark) return `\`${lightDark[1]}\` (dark mode: \`${lightDark[2]}\`)`;
  const spacing = /^var\(--_space\)$/.exec(value);
  return spacing ? 'the spacing unit' : `\`${value}\``;
}

function cssPropertiesTable() {
  const defaults = cssDefaults();
  return table(
    ['custom property', 'what it sets', 'default'],
    (element.cssProperties ?? []).map((property) => [
      `\`${property.name}\``,
      property.description,
      spokenCss(defaults.get(property.name)),
    ]),
  );
}

function partsTable() {
  return table(
    ['part', 'what it is'],
    (element.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description]),
  );
}

function statesTable() {
  return table(
    ['custom state', 'when'],
    (element.cssStates ?? []).map((state) => [`\`:state(${state.name})\``, state.description]),
  );
}

const blocks = {
  attributes: attributesTable(),
  events: eventsTable(),
  'css-properties': cssPropertiesTable(),
  parts: partsTable(),
  states: statesTable(),
};

let readme = readFileSync(readmePath, 'utf8');
const drifted = [];
for (const [name, content] of Object.entries(blocks)) {
  const pattern = new RegExp(`(<!-- api:${name} -->)([\\s\\S]*?)(<!-- /api:${name} -->)`);
  const found = pattern.exec(readme);
  if (!found) {
    console.error(`README.md has no <!-- api:${name} --> ... <!-- /api:${name} --> block to hold the ${name} table.`);
    process.exit(1);
  }
  if (found[2] !== `\n${content}\n`) drifted.push(name);
  readme = readme.replace(pattern, (_all, open, _old, close) => `${open}\n${content}\n${close}`);
}

if (check) {
  if (drifted.length > 0) {
    console.error(`README.md's API tables differ from the code: ${drifted.join(', ')}. Run \`npm run docs:api\`.`);
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json.');
} else {
  writeFileSync(readmePath, readme);
  console.log(
    drifted.length > 0
      ? `README.md API tables rewritten: ${drifted.join(', ')}`
      : 'README.md API tables already up to date.',
  );
}
