// POST /form-builder/feedback: the demo's imitation of a contact-form plugin's server side. Like Contact
// Form 7, it knows the fields its form defined and fills its mail template from those alone; anything else
// the browser sent (such as <smp-assessment>'s own form value) is ignored. Nothing is mailed or stored: the
// JSON answer carries the email it would have sent, for the demo page to show.
import { Readable } from 'node:stream';

/** The fields the plugin's form defined (its form-tags), and so the only mail-tags it can fill. */
const FORM_FIELDS = ['your-name', 'your-email', 'your-phone', 'smp-summary'];

/** The mail template as a clinic would set it up: its own fields, and the hidden field it added. */
const MAIL = {
  to: 'consultations@lakeshore-laser.example',
  subject: 'SMP removal consultation request from [your-name]',
  body: `From: [your-name] <[your-email]>
Phone: [your-phone]

[smp-summary]

--
This email was sent from the contact form on Lakeshore Laser & Skin (demo).`,
};

/** Replaces each [field] of the template with what the form sent for it (nothing for a field left empty). */
function fillMailTemplate(template, values) {
  return template.replace(/\[([\w-]+)\]/g, (tag, name) => (FORM_FIELDS.includes(name) ? (values[name] ?? '') : tag));
}

/** What the plugin answers for a submitted FormData: its status, message and the email it composed. */
function composeMail(form) {
  const values = {};
  for (const name of FORM_FIELDS) {
    const value = form.get(name);
    // Browsers send every line break of a form as CRLF; the email is shown with plain line breaks.
    values[name] = typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
  }
  const ignored = [...new Set([...form.keys()].filter((name) => !FORM_FIELDS.includes(name)))];
  if (!values['your-name'] || !values['your-email']) {
    return { status: 'validation_failed', message: 'Please fill in your name and email.', ignored };
  }
  return {
    status: 'mail_sent',
    message: 'Thank you for your message. It has been sent.',
    mail: {
      to: MAIL.to,
      subject: fillMailTemplate(MAIL.subject, values),
      body: fillMailTemplate(MAIL.body, values),
    },
    ignored,
  };
}

/** Koa middleware for POST /form-builder/feedback, parsed by the WHATWG Request of Node 20 (undici). */
export async function formBuilderEndpoint(ctx, next) {
  if (ctx.path !== '/form-builder/feedback') return next();
  if (ctx.method !== 'POST') {
    ctx.redirect('/demo/form-builder.html');
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  try {
    const request = new Request(new URL(ctx.url, 'http://localhost'), {
      method: 'POST',
      headers: ctx.req.headers,
      body: Readable.toWeb(ctx.req),
      duplex: 'half',
    });
    ctx.type = 'json';
    ctx.body = composeMail(await request.formData());
  } catch (error) {
    ctx.status = 400;
    ctx.type = 'json';
    ctx.body = {
      status: 'mail_failed',
      message: `Could not read the form: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
