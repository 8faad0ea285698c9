// <smp-assessment> in a React 19 app. React 19 supports custom elements natively:
// - a prop whose name is a property of the element (`answers`, `clinic`, `partner`) is set as a property,
//   so objects go in as objects (the element must be defined before React renders it: import it first);
// - a prop `on<event-name>` adds a listener for exactly that event name: `onsmp-complete`, `onsmp-step`.
// No JSX, so no build step: `h` is React.createElement.
import '../../src/index.ts';
import { createElement as h, StrictMode, useCallback, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * What the booking app already knows about the patient: it prefills the first questions.
 * Kept at module level (one stable object) so a re-render does not set `answers` again, which would
 * replace whatever the patient has answered since.
 */
const PREFILL = { 'smp-last-session': '1-3-years', 'smp-sessions': '3-4' };

function Progress({ step }) {
  if (!step) return h('p', { className: 'muted' }, 'Not started yet.');
  return h(
    'p',
    { className: 'muted' },
    `Step ${step.index + 1} of ${step.total} (${step.step}). smp-step carries progress only, never an answer.`,
  );
}

function Result({ result }) {
  if (!result) return null;
  const { summary, text, fhir } = result;
  return h(
    'section',
    { className: 'result', 'aria-labelledby': 'result-title', 'data-testid': 'result' },
    h('h2', { id: 'result-title' }, 'React received smp-complete'),
    h(
      'dl',
      null,
      h('dt', null, 'Reference'),
      h('dd', { className: 'reference', 'data-testid': 'reference' }, summary.reference),
      h('dt', null, 'Categories'),
      h('dd', null, summary.categories.join(', ') || '—'),
      h('dt', null, 'Goal'),
      h('dd', null, summary.goal?.label ?? '—'),
      h('dt', null, 'Partner'),
      h('dd', null, summary.partner ?? '—'),
      h('dt', null, 'FHIR'),
      h('dd', null, `${fhir.resourceType}, ${fhir.status}, ${fhir.item.length} items`),
    ),
    h('details', null, h('summary', null, 'Plain-text summary'), h('pre', null, text)),
  );
}

function App() {
  const widget = useRef(null);
  const [step, setStep] = useState(null);
  const [result, setResult] = useState(null);
  const onComplete = useCallback((event) => setResult(event.detail), []);
  const onStep = useCallback((event) => setStep(event.detail), []);
  const onReset = useCallback(() => {
    setResult(null);
    setStep(null);
  }, []);

  const startOver = () => {
    widget.current.reset();
    widget.current.answers = PREFILL;
  };

  return h(
    'div',
    { className: 'shell' },
    h(
      'header',
      { className: 'app-header' },
      h('span', { className: 'badge' }, 'React ', h('code', null, version)),
      h('h1', null, 'Fade & Fix Barbers · Book a removal check'),
      h(
        'p',
        null,
        'A React 19 page. The first two answers are prefilled from a JS object through the ',
        h('code', null, 'answers'),
        ' property; the framework renders the reference when ',
        h('code', null, 'smp-complete'),
        ' arrives.',
      ),
    ),
    h(Progress, { step }),
    h('smp-assessment', {
      ref: widget,
      answers: PREFILL,
      clinic: 'Lakeshore Laser & Skin',
      partner: 'fade-and-fix',
      persist: 'none',
      'onsmp-complete': onComplete,
      'onsmp-step': onStep,
      'onsmp-reset': onReset,
    }),
    h(Result, { result }),
    result ? h('button', { type: 'button', className: 'host-button', onClick: startOver }, 'Start over') : null,
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(App)));
