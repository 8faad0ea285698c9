// A Rollup plugin for the bundle build: collapses the indentation inside Lit's html``, svg`` and css``
// templates to single spaces. HTML and CSS treat any run of white space like one space (the widget
// renders no <pre>), so the result renders the same and the first question's bundle stays smaller.

const TAG = /\b(?:html|svg|css)`/g;

/** Index just past the template literal that starts at `start` (the opening backtick). */
function collapseTemplate(code, start, isCss = false) {
  let out = '';
  let i = start + 1;
  let text = '';
  const flush = () => {
    // CSS comments explain the source; the bundle does not need them (css`` templates have no ${} inside).
    if (isCss) text = text.replace(/\/\*[\s\S]*?\*\//g, '');
    out += text.replace(/\s*\n\s*/g, ' ');
    text = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      flush();
      return { text: '`' + out + '`', end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const expr = skipExpression(code, i + 2);
      out += code.slice(i, expr);
      i = expr;
    } else {
      text += c;
      i += 1;
    }
  }
  throw new Error('unterminated template literal');
}

/** Index just past the `}` closing an expression that starts at `i`, minifying nested templates too. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length && depth > 0) {
    const c = code[i];
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === '`') {
      i = collapseTemplate(code, i).end;
      continue;
    } else if (c === "'" || c === '"') {
      const quote = c;
      i += 1;
      while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    }
    i += 1;
  }
  return i;
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id)) return null;
      let result = '';
      let last = 0;
      for (const match of code.matchAll(TAG)) {
        if (match.index < last) continue;
        const open = match.index + match[0].length - 1;
        const { text, end } = collapseTemplate(code, open, match[0].startsWith('css'));
        result += code.slice(last, open) + text;
        last = end;
      }
      return last === 0 ? null : { code: result + code.slice(last), map: null };
    },
  };
}
