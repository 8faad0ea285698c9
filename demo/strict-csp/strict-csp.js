// The strict-CSP page's only module: registers the element and shows what smp-complete carried.
// No innerHTML, no inline styles: text goes in with textContent, so Trusted Types has nothing to block.
import '../../src/index.ts';

const policy = document.getElementById('policy-text');
fetch(location.href, { cache: 'no-store' })
  .then((response) => {
    policy.textContent = (response.headers.get('content-security-policy') ?? '(none)').replace(/; /g, ';\n');
  })
  .catch(() => {
    policy.textContent = '(could not read the header)';
  });

const widget = document.querySelector('smp-assessment');
widget.addEventListener('smp-complete', (event) => {
  const { summary, text } = event.detail;
  document.getElementById('result-reference').textContent = summary.reference;
  document.getElementById('result-bytes').textContent = `${text.length} characters of summary text`;
  document.getElementById('result-text').textContent = text;
  document.getElementById('result').hidden = false;
});
widget.addEventListener('smp-reset', () => {
  document.getElementById('result').hidden = true;
});
