import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fernandezHuerta, spanishSyllables, spanishWords } from './spanish-readability.js';

/** Counted by hand, syllable by syllable (hyphens show the split), before the counter was written. */
const HAND_COUNTED: [string, number][] = [
  ['micropigmentación', 6], // mi-cro-pig-men-ta-ción
  ['isotretinoína', 7], // i-so-tre-ti-no-í-na
  ['anticoagulantes', 7], // an-ti-co-a-gu-lan-tes
  ['línea', 3], // lí-ne-a
  ['guía', 2], // guí-a
  ['pingüino', 3], // pin-güi-no
  ['que', 1],
  ['quitarla', 3], // qui-tar-la
  ['cabello', 3], // ca-be-llo
  ['cabelludo', 4], // ca-be-llu-do
  ['cuero', 2], // cue-ro
  ['muy', 1],
  ['hoy', 1],
  ['y', 1],
  ['país', 2], // pa-ís
  ['ciudad', 2], // ciu-dad
  ['aéreo', 4], // a-é-re-o
  ['oído', 3], // o-í-do
  ['tatuaje', 3], // ta-tua-je
  ['queloides', 3], // que-loi-des
  ['sesiones', 3], // se-sio-nes
  ['aclararla', 4], // a-cla-rar-la
  ['coronilla', 4], // co-ro-ni-lla
  ['embarazada', 5], // em-ba-ra-za-da
  ['dispareja', 4], // dis-pa-re-ja
  ['guerra', 2], // gue-rra
  ['agüero', 3], // a-güe-ro
  ['reír', 2], // re-ír
  ['baúl', 2], // ba-úl
  ['ahora', 3], // a-ho-ra
  ['diabetes', 3], // dia-be-tes: ia is a diphthong in writing
  ['vitiligo', 4], // vi-ti-li-go
  ['convulsiones', 4], // con-vul-sio-nes
  ['SMP', 3], // e-se, e-me, pe read as letters: one a letter, as the review counted
  ['12', 2], // do-ce
];

describe('Spanish syllable counter', () => {
  for (const [word, syllables] of HAND_COUNTED) {
    it(`${word}: ${syllables}`, () => assert.equal(spanishSyllables(word), syllables));
  }

  it('splits words on spaces and punctuation, keeping hyphenated names whole', () => {
    assert.deepEqual(spanishWords('¿Cuándo fue su última sesión de SMP?'), [
      'Cuándo',
      'fue',
      'su',
      'última',
      'sesión',
      'de',
      'SMP',
    ]);
    assert.deepEqual(spanishWords('La escala Kirby-Desai es de 2009.'), [
      'La',
      'escala',
      'Kirby-Desai',
      'es',
      'de',
      '2009',
    ]);
  });
});

describe('Fernández-Huerta', () => {
  it('scores a plain sentence as easy and a string of long technical words as hard', () => {
    assert.ok(fernandezHuerta('Tomo una pastilla para la tos todos los días.') > 80);
    assert.ok(fernandezHuerta('Tomo medicamentos anticoagulantes e inmunosupresores fotosensibilizantes.') < 30);
  });

  it('matches the formula on a hand-counted sentence', () => {
    const text = 'Este es solo un cálculo aproximado para ti.';
    // Es-te(2) es(1) so-lo(2) un(1) cál-cu-lo(3) a-pro-xi-ma-do(5) pa-ra(2) ti(1) = 17 syllables, 8 words.
    assert.equal(Number(fernandezHuerta(text).toFixed(2)), Number((206.84 - (60 * 17) / 8 - 1.02 * 8).toFixed(2)));
  });
});
