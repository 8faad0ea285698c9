import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, makeReference, type SummaryOptions } from '../../src/model/summary.js';
import type { Answers } from '../../src/model/answers.js';
import { en } from '../../src/locales/en.js';
import {
  FIXED_NOW,
  HIDDEN_IDS,
  allFlags,
  concernJourneys,
  everything,
  minimalComplete,
  seededRandom,
  skinTypeIIHelmetFivePlus,
  withHiddenAnswers,
} from '../fixtures/answers.js';

const OPTIONS: SummaryOptions = { messages: en, now: FIXED_NOW, reference: 'K7Q-4MX' };

/** The English label of an option, read from the locale itself (not through the code under test). */
function label(question: string, code: string): string {
  const strings = (en.choices as Record<string, { options: Record<string, string> }>)[question];
  assert.ok(strings?.options[code], `${question}/${code} has a label`);
  return strings.options[code];
}

function summarise(answers: Answers, options: Partial<SummaryOptions> = {}) {
  return buildSummary(answers, { ...OPTIONS, ...options });
}

describe('summary: envelope', () => {
  it('carries schema, reference, completedAt (toISOString), locale and partner', () => {
    const summary = summarise(minimalComplete, { partner: 'barber-42' });
    assert.equal(summary.schema, 'smp-assessment/2');
    assert.equal(summary.reference, 'K7Q-4MX');
    assert.equal(summary.completedAt, '2025-03-14T09:26:53.589Z');
    assert.equal(summary.completedAt, FIXED_NOW.toISOString());
    assert.equal(summary.locale, 'en');
    assert.equal(summary.partner, 'barber-42');
    assert.equal(summarise(minimalComplete).partner, null);
  });

  it('is plain JSON: a round trip changes nothing', () => {
    const summary = summarise(everything);
    assert.deepEqual(JSON.parse(JSON.stringify(summary)), summary);
  });

  it('passes photo metadata through', () => {
    const photos = [
      { angle: 'top' as const, name: 'top.jpg', type: 'image/jpeg', size: 1234, width: 1600, height: 1200 },
    ];
    assert.deepEqual(summarise(minimalComplete, { photos }).photos, photos);
    assert.deepEqual(summarise(minimalComplete).photos, []);
  });
});

describe('summary: reference', () => {
  it('is the same for the same random source, and differs for another', () => {
    assert.equal(makeReference(seededRandom(7)), makeReference(seededRandom(7)));
    assert.notEqual(makeReference(seededRandom(7)), makeReference(seededRandom(8)));
  });

  it('is 3+3 unambiguous characters, from the ends of the alphabet at 0 and just under 1', () => {
    assert.equal(
      makeReference(() => 0),
      '222-222',
    );
    assert.equal(
      makeReference(() => 0.999999),
      'ZZZ-ZZZ',
    );
    for (let seed = 0; seed < 200; seed++) {
      assert.match(makeReference(seededRandom(seed)), /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    }
  });
});

describe('summary: categories and concerns', () => {
  const categoryOf: Record<string, string[]> = {
    'hairline-placement': ['placement'],
    'helmet-look': ['density'],
    'too-dark': ['density'],
    'blue-green-tint': ['depth'],
    'bleeding-dots': ['depth'],
    'change-of-mind': ['change-of-mind'],
    'new-style': ['new-style'],
    other: [],
  };
  for (const [concern, categories] of Object.entries(categoryOf)) {
    it(`${concern} gives categories [${categories.join(', ')}]`, () => {
      assert.deepEqual(summarise(concernJourneys[concern]!).categories, categories);
    });
  }

  it('lists each category once, in the fixed order', () => {
    assert.deepEqual(summarise(everything).categories, [
      'placement',
      'density',
      'depth',
      'change-of-mind',
      'new-style',
    ]);
  });

  it('gives each concern its label and its choice follow-ups', () => {
    const { concerns } = summarise(everything);
    const detailsOf = (code: string) => concerns.find((c) => c.code === code)?.details;
    assert.deepEqual(
      concerns.map((c) => [c.code, c.label]),
      (everything.concerns as string[]).map((code) => [code, label('concerns', code)]),
    );
    assert.deepEqual(detailsOf('hairline-placement'), [
      {
        question: 'hairline-problem',
        codes: ['too-high', 'too-harsh'],
        labels: [label('hairline-problem', 'too-high'), label('hairline-problem', 'too-harsh')],
      },
    ]);
    assert.deepEqual(detailsOf('blue-green-tint'), [
      { question: 'tint-colour', codes: ['green'], labels: [label('tint-colour', 'green')] },
      { question: 'tint-onset', codes: ['from-start'], labels: [label('tint-onset', 'from-start')] },
    ]);
    assert.deepEqual(detailsOf('bleeding-dots')?.[0]?.codes, ['too-large', 'merging', 'blurry']);
    assert.deepEqual(detailsOf('too-dark'), []);
  });

  it('puts change-reason under each chosen concern that opens it', () => {
    const reason = {
      question: 'change-reason',
      codes: ['comments-from-others', 'want-new-style'],
      labels: ['comments-from-others', 'want-new-style'].map((c) => label('change-reason', c)),
    };
    const { concerns } = summarise(everything);
    assert.deepEqual(concerns.find((c) => c.code === 'change-of-mind')?.details, [reason]);
    assert.deepEqual(concerns.find((c) => c.code === 'new-style')?.details, [reason]);
    const one = summarise(concernJourneys['new-style']!).concerns;
    assert.deepEqual(one, [
      {
        code: 'new-style',
        label: label('concerns', 'new-style'),
        details: [
          { question: 'change-reason', codes: ['growing-hair'], labels: [label('change-reason', 'growing-hair')] },
        ],
      },
    ]);
  });

  it('keeps the free text of `other` out of concerns, and in answers', () => {
    const summary = summarise(everything);
    assert.deepEqual(summary.concerns.find((c) => c.code === 'other')?.details, []);
    assert.equal(JSON.stringify(summary.concerns).includes(everything['concern-details'] as string), false);
    assert.deepEqual(
      summary.answers.find((a) => a.id === 'concern-details'),
      {
        id: 'concern-details',
        question: en.texts['concern-details'].label,
        label: en.texts['concern-details'].short,
        text: everything['concern-details'],
      },
    );
  });
});

describe('summary: goal', () => {
  it('is the goal code and label, or null when unanswered', () => {
    assert.deepEqual(summarise(everything).goal, {
      code: 'fade-for-redo',
      label: label('goal', 'fade-for-redo'),
    });
    assert.equal(summarise({}).goal, null);
  });
});

describe('summary: flags', () => {
  const healthItems = (allFlags.health as string[]).slice();
  const medicineItems = (allFlags.medicines as string[]).slice();
  for (const [question, items] of [
    ['medicines', medicineItems],
    ['health', healthItems],
  ] as const) {
    for (const item of items) {
      it(`flags ${question} item ${item}`, () => {
        const { flags } = summarise({ ...minimalComplete, [question]: [item] });
        assert.deepEqual(flags, [{ question, code: item, label: label(question, item) }]);
      });
    }
  }

  it('flags the timing of a transplant as a flag of its own, whatever it is', () => {
    for (const [parent, id, codes] of [
      ['had', 'transplant-when', ['under-12-months', 'over-12-months', 'not-sure']],
      ['planning', 'transplant-plan', ['within-6-months', 'later', 'not-sure']],
    ] as const) {
      for (const code of codes) {
        const { flags } = summarise({ ...minimalComplete, 'hair-transplant': parent, [id]: code });
        assert.deepEqual(
          flags.map((f) => `${f.question}=${f.code}`),
          [`hair-transplant=${parent}`, `${id}=${code}`],
        );
      }
    }
  });

  it('flags an earlier removal less than 6 weeks ago, and no other timing', () => {
    const last = (code: string) =>
      summarise({
        ...minimalComplete,
        'previous-removal': 'laser',
        'previous-removal-sessions': '1-2',
        'previous-removal-last': code,
      }).flags.map((f) => `${f.question}=${f.code}`);
    assert.deepEqual(last('under-6-weeks'), ['previous-removal-last=under-6-weeks']);
    for (const code of ['6-weeks-to-6-months', 'over-6-months', 'not-sure']) assert.deepEqual(last(code), []);
  });

  const cases: [string, string, boolean][] = [
    ['health', 'none', false],
    ['medicines', 'none', false],
    ['smp-last-session', 'under-6-months', true],
    ['smp-last-session', '6-12-months', false],
    ['smp-last-session', 'not-sure', false],
    ['recent-tan', 'yes', true],
    ['recent-tan', 'no', false],
    ['recent-tan', 'not-sure', true],
    ['scarring', 'none', false],
    ['scarring', 'slight', false],
    ['scarring', 'moderate', true],
    ['scarring', 'significant', true],
    ['scarring', 'not-sure', false],
    ['skin-type', 'I', false],
    ['skin-type', 'IV', false],
    ['skin-type', 'V', true],
    ['skin-type', 'VI', true],
    ['skin-type', 'not-sure', false],
    ['hair-transplant', 'had', true],
    ['hair-transplant', 'planning', true],
    ['hair-transplant', 'no', false],
  ];
  for (const [question, code, flagged] of cases) {
    it(`${flagged ? 'flags' : 'does not flag'} ${question} = ${code}`, () => {
      const value = question === 'health' || question === 'medicines' ? [code] : code;
      const { flags } = summarise({ ...minimalComplete, [question]: value });
      assert.deepEqual(flags, flagged ? [{ question, code, label: label(question, code) }] : []);
    });
  }

  it('lists every flag of a journey in question order', () => {
    const { flags } = summarise(allFlags);
    assert.deepEqual(
      flags.map((f) => `${f.question}=${f.code}`),
      [
        'smp-last-session=under-6-months',
        'hair-transplant=planning',
        'transplant-plan=within-6-months',
        'skin-type=VI',
        'recent-tan=yes',
        ...medicineItems.map((item) => `medicines=${item}`),
        ...healthItems.map((item) => `health=${item}`),
        'scarring=significant',
        'previous-removal-last=under-6-weeks',
      ],
    );
    assert.deepEqual(summarise(minimalComplete).flags, []);
  });
});

describe('summary: estimate', () => {
  it('holds the Kirby-Desai band and caveat by default', () => {
    const { estimate } = summarise(skinTypeIIHelmetFivePlus);
    assert.equal(estimate?.method, 'kirby-desai-2009');
    assert.equal(estimate?.for, 'complete-removal');
    assert.deepEqual([estimate?.low, estimate?.high], [4, 10]);
    assert.equal(estimate?.caveat, en.summary.caveat);
  });

  it('is null with hideEstimate', () => {
    assert.equal(summarise(skinTypeIIHelmetFivePlus, { hideEstimate: true }).estimate, null);
  });

  it('ignores a hidden answer', () => {
    // An earlier removal's session count says nothing once previous-removal is `none`.
    const hidden = { ...minimalComplete, 'previous-removal-sessions': '6-plus' };
    assert.deepEqual(summarise(hidden).estimate, summarise(minimalComplete).estimate);
  });
});

describe('summary: answers', () => {
  it('lists every visible answer in question order, with labels and codes', () => {
    const { answers } = summarise(minimalComplete);
    assert.deepEqual(
      answers.map((a) => a.id),
      Object.keys(minimalComplete).sort((a, b) => order(a) - order(b)),
    );
    assert.deepEqual(
      answers.find((a) => a.id === 'smp-areas'),
      {
        id: 'smp-areas',
        question: en.choices['smp-areas'].label,
        label: en.choices['smp-areas'].short,
        codes: ['hairline', 'top'],
        labels: [label('smp-areas', 'hairline'), label('smp-areas', 'top')],
      },
    );
  });

  it('leaves out every hidden answer, everywhere', () => {
    const summary = summarise(withHiddenAnswers);
    assert.deepEqual(summary, summarise(minimalComplete));
    const json = JSON.stringify(summary);
    for (const id of HIDDEN_IDS) assert.equal(json.includes(`"${id}"`), false, id);
    assert.equal(json.includes('HIDDEN-DETAILS-TEXT'), false);
  });

  it('leaves out blank free text, which is no answer', () => {
    const { answers } = summarise({ ...minimalComplete, notes: ' \n\t ' });
    assert.equal(
      answers.some((a) => a.id === 'notes'),
      false,
    );
  });

  it('drops control characters from free text, keeping tabs and line breaks', () => {
    const { answers } = summarise({ ...minimalComplete, notes: 'a\u0007b\u0000c\u000b\td\r\ne' });
    assert.equal(answers.find((a) => a.id === 'notes')?.text, 'abc\td\r\ne');
  });

  it('leaves out an empty list, which is no answer', () => {
    const { answers } = summarise({ ...minimalComplete, 'smp-areas': [] });
    assert.equal(
      answers.some((a) => a.id === 'smp-areas'),
      false,
    );
  });

  it('does not change the answers it is given', () => {
    const input = structuredClone(withHiddenAnswers);
    summarise(input);
    assert.deepEqual(input, withHiddenAnswers);
  });
});

const ORDER = [
  'smp-last-session',
  'smp-sessions',
  'smp-practitioners',
  'smp-areas',
  'smp-original-reason',
  'concerns',
  'goal',
  'hair-status',
  'hair-transplant',
  'skin-type',
  'recent-tan',
  'medicines',
  'health',
  'scarring',
  'previous-removal',
];
function order(id: string): number {
  return ORDER.indexOf(id);
}
