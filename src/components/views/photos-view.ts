import { html, nothing, type TemplateResult } from 'lit';
import { PHOTO_ANGLES, type PhotoAngle } from '../../model/definition.js';
import type { PhotosController } from '../../controllers/photos-controller.js';
import { photoErrorText } from '../../photos/error-text.js';
import { illustrations } from './pictures.js';
import type { LaterContext } from './context.js';

/**
 * One angle. The file input is never disabled while its photo is prepared: it holds focus after the patient picks a
 * file, and a disabled element drops focus to <body>. A second pick meanwhile simply wins (the controller keeps
 * only the latest request per angle). Names are one string each (aria-label), so they keep their spaces.
 */
function renderSlot(ctx: LaterContext, photos: PhotosController, angle: PhotoAngle): TemplateResult {
  const t = ctx.messages.photos;
  const photo = photos.get(angle);
  const error = photos.errors.get(angle);
  const inputId = `photo-${angle}`;
  const errorText = error ? photoErrorText(t, error) : '';
  const action = photo ? t.replace : t.add;
  return html`<li class="photo-slot ${error ? 'photo-slot--error' : ''}">
    <div class="photo-picture">
      ${photo ? html`<img src=${photo.url} alt=${t.angles[angle]} width="72" height="72" />` : (illustrations()?.angleIllustration(angle) ?? nothing)}
    </div>
    <div class="photo-body">
      <h3 class="photo-title" id=${`${inputId}-title`}>${t.angles[angle]}</h3>
      <p class="hint" id=${`${inputId}-hint`}>${t.guidance[angle]}</p>
      ${
        error
          ? html`<p class="error-message" id=${`${inputId}-error`}>
              <span class="visually-hidden">${`${ctx.messages.errors.prefix} `}</span>${errorText}
            </p>`
          : nothing
      }
      ${photos.busy.has(angle) ? html`<p class="hint">${t.processing}</p>` : nothing}
      <div class="photo-actions">
        <input
          class="file-input"
          type="file"
          accept="image/*"
          id=${inputId}
          name=${inputId}
          ?disabled=${ctx.disabled}
          aria-label=${`${action}: ${t.angles[angle]}`}
          aria-describedby=${`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void photos.add(angle, file);
          }}
        />
        <label class="button secondary file-label" for=${inputId}>${action}</label>
        ${
          photo
            ? html`<button
                type="button"
                class="link"
                ?disabled=${ctx.disabled}
                aria-label=${`${t.remove}: ${t.angles[angle]}`}
                @click=${(e: Event) => {
                  // The button leaves with the photo: focus goes to the slot's file input (now "Add photo"), which
                  // stays, so a keyboard or screen-reader user is not dropped to the top of the page.
                  const slot = (e.currentTarget as HTMLElement).closest('.photo-slot');
                  void photos.remove(angle);
                  slot?.querySelector<HTMLInputElement>('.file-input')?.focus();
                }}
              >
                ${t.remove}
              </button>`
            : nothing
        }
      </div>
    </div>
  </li>`;
}

/** The optional photos step: one file input per angle, each processed on the device before it is kept. */
export function renderPhotos(ctx: LaterContext, photos: PhotosController): TemplateResult {
  const t = ctx.messages.photos;
  return html`<h2 part="heading" class="heading" tabindex="-1">
      ${t.title} <span class="optional">${ctx.messages.nav.optional}</span>
    </h2>
    <p class="hint" part="hint">${t.lead}</p>
    <p class="privacy">${t.privacy}</p>
    <p class="hint">${t.tips}</p>
    ${photos.notKept ? html`<p class="notice">${t.notSaved}</p>` : nothing}
    ${
      photos.loadFailed
        ? html`<p class="notice notice--problem" role="alert">${ctx.messages.problems.photoNotLoaded}</p>`
        : nothing
    }
    <p class="photo-count">${t.count(photos.count, PHOTO_ANGLES.length)}</p>
    <ul class="photo-slots">
      ${PHOTO_ANGLES.map((angle) => renderSlot(ctx, photos, angle))}
    </ul>
    <p class="visually-hidden" role="status">${photos.status}</p>`;
}
