// Bad attribute values fall back to the defaults with one console warning each (a developer sees why), and
// `none` in `health` excludes the other options both ways.
import { expect, fixture } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, part, settle, shadow, type Widget } from './helpers.js';
import { answerUntil, checkedOnStep, stubWarn } from './flow.js';

async function mountWarned(markup: string): Promise<{ el: Widget; warnings: string[] }> {
  const warn = stubWarn();
  try {
    const el = await fixture<Widget>(markup);
    await settle(el);
    // A few renders more: the warning must not repeat on each update.
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'artists');
    return { el, warnings: warn.calls.map((args) => args.map(String).join(' ')) };
  } finally {
    warn.restore();
  }
}

describe('bad attribute values', function () {
  this.timeout(30_000);
  afterEach(clearStorage);

  it('persist="bogus" falls back to local (a draft is kept) with one warning', async () => {
    const { el, warnings } = await mountWarned(
      '<smp-assessment persist="bogus" storage-key="attr-persist"></smp-assessment>',
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('persist');
    expect(el.persist).to.equal('local');
    expect(localStorage.getItem('smp-assessment:attr-persist'), 'draft saved as with local').to.be.a('string');
  });

  it('theme="neon" falls back to auto with one warning', async () => {
    const { el, warnings } = await mountWarned('<smp-assessment persist="none" theme="neon"></smp-assessment>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('theme');
    expect(el.theme).to.equal('auto');
    expect(el.getAttribute('theme')).to.equal('auto');
  });

  it('clinic-lang="fr" falls back to en with one warning', async () => {
    const { el, warnings } = await mountWarned('<smp-assessment persist="none" clinic-lang="fr"></smp-assessment>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('clinic-lang');
    expect(el.clinicLang).to.equal('en');
  });

  it('lang="xx" falls back to English with one warning', async () => {
    const { el, warnings } = await mountWarned('<smp-assessment persist="none" lang="xx"></smp-assessment>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('xx');
    expect(part(el, 'heading')!.textContent).to.include(en.groups.artists.heading);
  });

  it('all four at once: four warnings, one naming each attribute, and the flow still works', async () => {
    const { el, warnings } = await mountWarned(
      '<smp-assessment persist="bogus" storage-key="attr-all" theme="neon" clinic-lang="fr" lang="xx"></smp-assessment>',
    );
    expect(warnings).to.have.length(4);
    for (const name of ['persist', 'theme', 'clinic-lang', 'xx']) {
      expect(
        warnings.filter((w) => w.includes(name)),
        name,
      ).to.have.length.greaterThan(0);
    }
    expect(currentStep(el)).to.equal('artists');
  });

  it('good values warn nothing', async () => {
    const { warnings } = await mountWarned(
      '<smp-assessment persist="none" theme="dark" clinic-lang="es" lang="en" fhir-photos="inline"></smp-assessment>',
    );
    expect(warnings).to.deep.equal([]);
  });
});

describe('health: none excludes the others', function () {
  this.timeout(30_000);

  it('ticking none unticks the others, and ticking another unticks none', async () => {
    const el = await fixture<Widget>('<smp-assessment persist="none"></smp-assessment>');
    await click(el, 'start-button');
    await answerUntil(el, { ...minimalComplete, health: [] }, 'health');
    const box = (code: string) => shadow(el).querySelector<HTMLInputElement>(`input[name="health"][value="${code}"]`)!;
    box('keloid-scarring').click();
    box('slow-healing').click();
    await settle(el);
    expect(checkedOnStep(el)).to.deep.equal(['health=keloid-scarring', 'health=slow-healing']);

    box('none').click();
    await settle(el);
    expect(checkedOnStep(el)).to.deep.equal(['health=none']);
    expect(el.answers['health']).to.deep.equal(['none']);

    box('skin-cancer').click();
    await settle(el);
    expect(checkedOnStep(el)).to.deep.equal(['health=skin-cancer']);
    expect(el.answers['health']).to.deep.equal(['skin-cancer']);

    // Unticking the last one leaves the question unanswered, and Continue says so.
    box('skin-cancer').click();
    await settle(el);
    expect(el.answers).not.to.have.property('health');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('health');
    expect(part(el, 'error-summary')).to.exist;
  });
});
