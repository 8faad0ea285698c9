// The pages the benchmark loads, written to .bench/pages/: the widget, and the same questionnaire as a plain HTML
// form with no JavaScript (the first-screen floor), generated from the same definition and English text. The
// plain-JavaScript floor of the step change is in the repository (bench/floor.html); its steps are taken from the
// widget during the run (see captureFloor in scripts/bench/in-page.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { ENTRY } from './size.mjs';

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const HEAD = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">`;

export async function writePages(PAGES) {
  const { QUESTIONS } = await tsImport('../../src/model/definition.ts', import.meta.url);
  const { en } = await tsImport('../../src/locales/en.ts', import.meta.url);
  const { PHOTO_ANGLES } = await tsImport('../../src/model/definition.ts', import.meta.url);

  const widget = `${HEAD('SMP self-assessment')}
<script type="module" src="/dist/${ENTRY}"></script>
</head>
<body>
<main>
<smp-assessment persist="none"></smp-assessment>
</main>
</body>
</html>
`;

  const optionLabel = (questionId, code) => en.choices[questionId]?.options[code] ?? code;
  const conditionText = (when) => {
    if (!when) return '';
    const parent = en.choices[when.question]?.label ?? when.question;
    const labels = (codes) => codes.map((c) => `“${optionLabel(when.question, c)}”`).join(' or ');
    const text = when.anyOf
      ? `Answer this if you chose ${labels(when.anyOf)} for “${parent}”.`
      : `Answer this if you did not choose ${labels(when.noneOf)} for “${parent}”.`;
    return `<p class="condition">${escapeHtml(text)}</p>`;
  };

  const question = (q) => {
    if (q.kind === 'single' || q.kind === 'multiple') {
      const strings = en.choices[q.id];
      const type = q.kind === 'single' ? 'radio' : 'checkbox';
      const options = q.options
        .map((code, i) => {
          const id = `${q.id}--${code}`;
          const hint = strings.optionHints?.[code];
          const required = q.required && type === 'radio' && !q.when && i === 0 ? ' required' : '';
          return `<div><input type="${type}" id="${id}" name="${q.id}" value="${escapeHtml(code)}"${required}>
<label for="${id}">${escapeHtml(strings.options[code])}${hint ? ` <small>${escapeHtml(hint)}</small>` : ''}</label></div>`;
        })
        .join('\n');
      return `<fieldset>
<legend>${escapeHtml(strings.label)}</legend>
${strings.hint ? `<p>${escapeHtml(strings.hint)}</p>\n` : ''}${conditionText(q.when)}
${options}
</fieldset>`;
    }
    if (q.kind === 'text') {
      const strings = en.texts[q.id];
      return `<div>
<label for="${q.id}">${escapeHtml(strings.label)}${q.required ? '' : ` ${escapeHtml(en.nav.optional)}`}</label>
${strings.hint ? `<p>${escapeHtml(strings.hint)}</p>\n` : ''}${conditionText(q.when)}
<textarea id="${q.id}" name="${q.id}" rows="6" maxlength="${q.maxLength}"></textarea>
</div>`;
    }
    const t = en.photos;
    return `<fieldset>
<legend>${escapeHtml(t.title)}</legend>
<p>${escapeHtml(t.lead)} ${escapeHtml(t.tips)}</p>
${PHOTO_ANGLES.map(
  (a) => `<div><label for="photo-${a}">${escapeHtml(t.angles[a])}</label> <small>${escapeHtml(t.guidance[a])}</small>
<input type="file" id="photo-${a}" name="photo-${a}" accept="image/*"></div>`,
).join('\n')}
</fieldset>`;
  };

  let section = null;
  const body = [];
  for (const q of QUESTIONS) {
    if (q.section !== section) {
      section = q.section;
      body.push(`<h3>${escapeHtml(en.sections[section])}</h3>`);
    }
    body.push(question(q));
  }
  const intro = en.intro;
  const plain = `${HEAD('SMP self-assessment (plain form)')}
</head>
<body>
<main>
<h2>${escapeHtml(intro.title)}</h2>
<p>${escapeHtml(intro.lead(null))}</p>
<ul>${intro.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>
<p>${escapeHtml(intro.privacy)}</p>
<form method="post" action="/submit" enctype="multipart/form-data">
${body.join('\n')}
<button type="submit">${escapeHtml(en.review.finish ?? 'Send')}</button>
</form>
</main>
</body>
</html>
`;
  await mkdir(PAGES, { recursive: true });
  await writeFile(join(PAGES, 'widget.html'), widget);
  await writeFile(join(PAGES, 'plain.html'), plain);
  return {
    questions: QUESTIONS.length,
    plainBytes: Buffer.byteLength(plain),
    plainGzip: gzipSync(plain, { level: 9 }).length,
    widgetBytes: Buffer.byteLength(widget),
  };
}
