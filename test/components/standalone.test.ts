// dist/smp-assessment.standalone.js: everything in one file (both languages, the summary, the photo code), for hosts
// that can upload only one file. Every other file under /dist/ is made unreachable, as on such a host.
import { expect } from '@open-wc/testing';
import { PAGES, closeFrames, fullJourney, openFrame, requireBuilt } from './frame.js';
import { clearStorage } from './helpers.js';

describe('the standalone file', () => {
  beforeEach(async () => {
    clearStorage();
    await fetch(`/__smp-block?add=${encodeURIComponent('/dist/(?!smp-assessment\\.standalone\\.js)')}`);
  });
  afterEach(async () => {
    closeFrames();
    clearStorage();
    await fetch('/__smp-block?clear');
  });

  for (const spanish of [false, true]) {
    it(`a full journey ${spanish ? 'switching to Spanish' : 'in English'}, with a photo, loads no other file`, async function () {
      this.timeout(40_000);
      await requireBuilt(this, '/dist/smp-assessment.standalone.js');
      const frame = await openFrame(`${PAGES}standalone.html`);
      await fullJourney(frame, { photo: true, ...(spanish ? { spanishAfter: 'concerns' } : {}) });
      const { el, probe, win } = frame;
      expect(el.summary?.locale).to.equal(spanish ? 'es' : 'en');
      expect(el.summary?.photos).to.have.length(1);
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
      expect(scripts).to.deep.equal(['/dist/smp-assessment.standalone.js']);
      expect(probe.errors).to.deep.equal([]);
    });
  }
});
