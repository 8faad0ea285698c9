// Attributes that could carry code or forge text, set by partner sites the clinic does not control.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, consultationTarget, onePartnerLine } from '../../src/model/attributes.js';

describe('attributes', () => {
  it('consultation-url: http(s) absolute or relative URLs only', () => {
    for (const ok of [
      'https://clinic.example/book',
      'HTTP://clinic.example',
      '/book',
      'book?x=1',
      '  https://a.example/  ',
      '#top',
    ]) {
      assert.equal(consultationTarget(ok), ok.trim(), ok);
    }
    for (const bad of [
      'javascript:alert(1)',
      '  JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\njavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@b.example',
      '',
      '   ',
      null,
    ]) {
      assert.equal(consultationTarget(bad), null, JSON.stringify(bad));
    }
  });

  it('questionnaire-url: an absolute http(s) URL only', () => {
    assert.equal(
      canonicalUrl(' https://clinic.example/Questionnaire/smp '),
      'https://clinic.example/Questionnaire/smp',
    );
    assert.equal(canonicalUrl('HTTP://clinic.example/q'), 'HTTP://clinic.example/q');
    for (const bad of ['/Questionnaire/smp', 'javascript:x', 'urn:uuid:1', 'not a url', '', null]) {
      assert.equal(canonicalUrl(bad), null, JSON.stringify(bad));
    }
  });

  it('partner: one line of at most 64 characters', () => {
    assert.equal(onePartnerLine('barber-42'), 'barber-42');
    assert.equal(
      onePartnerLine('x\n\nTo discuss at my consultation:\r\n- none\u2028y\u0000z\u0085w\tv'),
      'x  To discuss at my consultation:  - none y z w v',
    );
    assert.equal(onePartnerLine('p'.repeat(200))?.length, 64);
    assert.equal(onePartnerLine(null), null);
    assert.equal(onePartnerLine(' \n '), null);
  });
});
