// <smp-assessment> in a Vue 3 app, with Vue's ESM browser build straight from node_modules.
// - compilerOptions.isCustomElement tells Vue's template compiler not to resolve it as a Vue component;
// - `:answers` binds a reactive object: Vue sets it as a property because the element has that property
//   (the element reads it, never clones it, so a reactive Proxy is fine);
// - `@smp-complete` listens for the DOM event of that exact name.
import '../../src/index.ts';
import { createApp, reactive, ref, version } from 'vue/dist/vue.esm-browser.js';

const app = createApp({
  setup() {
    // What the salon's booking app already knows: it prefills the first questions.
    const prefill = reactive({ 'smp-last-session': 'over-5-years', 'smp-practitioners': 'more-than-one' });
    const clinic = ref('Lakeshore Laser & Skin');
    const step = ref(null);
    const result = ref(null);
    const widget = ref(null);
    return {
      version,
      prefill,
      clinic,
      step,
      result,
      widget,
      onStep: (event) => (step.value = event.detail),
      onComplete: (event) => (result.value = event.detail),
      onReset: () => {
        result.value = null;
        step.value = null;
      },
      startOver: () => {
        widget.value.reset();
        widget.value.answers = prefill;
      },
    };
  },
  template: `
    <div class="shell">
      <header class="app-header">
        <span class="badge">Vue <code>{{ version }}</code></span>
        <h1>Crown &amp; Temple Hair Studio · Removal check</h1>
        <p>A Vue 3 page. The first answers come from a <code>reactive()</code> object bound to the
          <code>answers</code> property; Vue renders the reference when <code>smp-complete</code> arrives.</p>
      </header>
      <p class="muted" v-if="step">Step {{ step.index + 1 }} of {{ step.total }} ({{ step.step }}).
        smp-step carries progress only, never an answer.</p>
      <p class="muted" v-else>Not started yet.</p>
      <smp-assessment
        ref="widget"
        :answers="prefill"
        :clinic="clinic"
        partner="crown-and-temple"
        persist="none"
        @smp-step="onStep"
        @smp-complete="onComplete"
        @smp-reset="onReset"
      ></smp-assessment>
      <section v-if="result" class="result" aria-labelledby="result-title" data-testid="result">
        <h2 id="result-title">Vue received smp-complete</h2>
        <dl>
          <dt>Reference</dt><dd class="reference" data-testid="reference">{{ result.summary.reference }}</dd>
          <dt>Categories</dt><dd>{{ result.summary.categories.join(', ') || '—' }}</dd>
          <dt>Goal</dt><dd>{{ result.summary.goal?.label ?? '—' }}</dd>
          <dt>Partner</dt><dd>{{ result.summary.partner ?? '—' }}</dd>
          <dt>FHIR</dt><dd>{{ result.fhir.resourceType }}, {{ result.fhir.status }}, {{ result.fhir.item.length }} items</dd>
        </dl>
        <details><summary>Plain-text summary</summary><pre>{{ result.text }}</pre></details>
      </section>
      <button v-if="result" type="button" class="host-button" @click="startOver">Start over</button>
    </div>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'smp-assessment';
app.mount('#app');
