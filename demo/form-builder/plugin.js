// Imitates a WordPress contact-form plugin, the way Contact Form 7 sends: it takes over the submit event,
// posts new FormData(form) with fetch, shows its own response message, and resets the form once the mail
// is sent (the form's reset also resets <smp-assessment>, which clears its draft and the hidden field).
const form = document.querySelector('form.wpcf7-form');
const output = form.querySelector('.wpcf7-response-output');
const mail = document.getElementById('mail');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  output.textContent = 'Sending…';
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const result = await response.json();
    output.textContent = result.message;
    if (result.status !== 'mail_sent') return;
    document.getElementById('mail-to').textContent = result.mail.to;
    document.getElementById('mail-subject').textContent = result.mail.subject;
    document.getElementById('mail-body').textContent = result.mail.body;
    document.getElementById('mail-ignored').textContent = result.ignored.length
      ? `Fields the form sent that the template ignores: ${result.ignored.join(', ')}.`
      : '';
    mail.hidden = false;
    form.reset();
  } catch (error) {
    output.textContent = `Your message could not be sent (${error instanceof Error ? error.message : error}). Please try again.`;
  }
});
