// The step-change floor of `npm run bench`: the widget's steps, with the same markup and the same stylesheets,
// shown by plain DOM code (no Lit, no model, no state). Continue or Start shows the next step of the recorded
// journey and focuses its heading, which is all the widget has to do on screen for a step change; the difference
// between the two is what Lit, the model and the element's own work cost.
//
// Each step's markup is parsed when its Continue is clicked (innerHTML), as a hand-written page would build it:
// the widget, too, builds each step when it is reached. With `?parse=load` every step is parsed into a
// <template> at load and only cloned on click: a faster page that does its work before the measured window,
// which the benchmark reports for reference only.
//
// The steps come from /floor-data.json, which the benchmark writes after walking the widget once (see
// scripts/bench/in-page.mjs): each step's markup as the widget rendered it on arrival, Lit's comment markers
// removed, and the CSS text of the stylesheets the widget's shadow root had adopted at that step.

const host = document.getElementById('floor');
const root = host.attachShadow({ mode: 'open' });

/** Resolves once the first step is on screen; the benchmark's journey waits for it. */
window.floorReady = (async () => {
  const response = await fetch('/floor-data.json');
  if (!response.ok) throw new Error(`/floor-data.json: HTTP ${response.status}`);
  const data = await response.json();
  const sheets = data.sheets.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const parseAtLoad = new URLSearchParams(location.search).get('parse') === 'load';
  const parse = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template;
  };
  const templates = parseAtLoad ? data.steps.map((step) => parse(step.html)) : null;
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.lang = 'en';
  frame.dir = 'ltr';
  root.append(frame);

  let index = 0;
  let adopted = '';
  const show = (i, focus = true) => {
    const key = data.steps[i].sheets.join(',');
    // Like the widget, a stylesheet is adopted when a step first needs it, not on every step.
    if (key !== adopted) {
      root.adoptedStyleSheets = data.steps[i].sheets.map((n) => sheets[n]);
      adopted = key;
    }
    frame.replaceChildren(templates ? templates[i].content.cloneNode(true) : parse(data.steps[i].html).content);
    if (focus) frame.querySelector('[part~="heading"]')?.focus();
  };
  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element && event.target.closest('[part~="continue-button"], [part~="start-button"]');
    if (button && index + 1 < data.steps.length) show(++index);
  });
  // The widget does not move focus on load either: the page's own focus stays where it was.
  show(0, false);
})();
