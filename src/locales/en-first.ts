import type { FirstMessages } from './types.js';

/**
 * English for the intro, the first question and what every step shows (navigation, errors, problems): the part
 * of the English strings that is in the bundle. The rest (en-later.ts) is a lazy chunk asked for once the first
 * question is on screen. Questions and options aim at grade 6.
 */
export const enFirst: FirstMessages = {
  locale: 'en',
  choices: {
    'smp-last-session': {
      label: 'When was your last SMP session?',
      short: 'Last SMP session',
      hint: 'SMP: tiny scalp tattoo dots that look like shaved hair.',
      options: {
        'under-6-months': 'Under 6 months ago',
        '6-12-months': '6 to 12 months ago',
        '1-3-years': '1 to 3 years ago',
        '3-5-years': '3 to 5 years ago',
        'over-5-years': 'Over 5 years ago',
        'not-sure': 'I am not sure',
      },
    },
    'smp-sessions': {
      label: 'How many SMP sessions have you had, counting touch-ups?',
      short: 'SMP sessions in all',
      options: { '1-2': '1 or 2', '3-4': '3 or 4', '5-plus': '5 or more', 'not-sure': 'I am not sure' },
    },
  },
  groups: {
    'smp-history': { heading: 'Your SMP sessions' },
  },
  intro: {
    title: 'Tell us about your SMP',
    lead: (clinic) =>
      `You get a short summary of your answers to send to ${clinic ?? 'the clinic'}. It helps them plan your visit.`,
    points: [
      '5 short parts. It takes about 3 minutes.',
      'There are no wrong answers. \u201cI am not sure\u201d is always fine.',
      'You can go back and change any answer.',
    ],
    privacy: 'Nothing is sent until you choose. Your answers stay on this device until then.',
    start: 'Start',
    resumeTitle: 'Welcome back',
    resumeLead: (part, parts) =>
      part === null
        ? 'You answered every question. You can carry on from there.'
        : `You got to part ${part} of ${parts}. You can carry on from there.`,
    resume: 'Continue where you left off',
    restart: 'Start again',
    draftDiscarded: 'We could not open your saved answers, so we started fresh.',
  },
  nav: {
    back: 'Back',
    continue: 'Continue',
    part: (part, parts) => `Part ${part} of ${parts}`,
    parts: { 'your-smp': 'Your SMP' },
  },
  errors: {
    title: 'There is a problem',
    prefix: 'Error:',
    messages: {
      required: (kind) =>
        kind === 'text' ? 'Type your answer' : kind === 'multiple' ? 'Pick at least one answer' : 'Pick an answer',
    },
    required: {
      'smp-last-session': 'Select when your last SMP session was',
      'smp-sessions': 'Select how many SMP sessions you have had',
    },
    formIncomplete: 'Please finish the SMP check before you send this form.',
  },
  problems: {
    notLoaded:
      'We could not load the next part. Check your internet connection, then press the button again. Your answers are safe.',
    notSaving: 'We cannot save your answers on this device right now. Keep this page open until you send them.',
    privacyNotKept:
      'Your answers are not sent until you choose to send them. This device cannot keep them if you close the page.',
  },
};
