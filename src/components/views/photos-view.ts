import { html, nothing, type TemplateResult } from 'lit';
import { PHOTO_ANGLES, type PhotoAngle } from '../../model/definition.js';
import type { PhotosController } from '../../controllers/photos-controller.js';
import { illustrations } from './pictures.js';
import type { ViewContext } from './context.js';

function renderSlot(ctx: ViewContext, photos: PhotosController, angle: PhotoAngle): TemplateResult {
  const t = ctx.messages.photos;
  const photo = photos.get(angle);
  const error = photos.errors.get(angle);
  const inputId = `photo-${angle}`;
  const errorText = error
    ? `${error === 'not-image' ? t.notImage : error === 'too-large' ? t.tooLarge : t.cannotRead} ${t.notKept}`
    : '';
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
              <span class="visually-hidden">${ctx.messages.errors.prefix}</span> ${errorText}
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
          ?disabled=${ctx.disabled || photos.busy.has(angle)}
          aria-describedby=${`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void photos.add(angle, file);
          }}
        />
        <label class="button secondary file-label" for=${inputId}>
          ${photo ? t.replace : t.add}<span class="visually-hidden">: ${t.angles[angle]}</span>
        </label>
        ${
          photo
            ? html`<button
                type="button"
                class="link"
                ?disabled=${ctx.disabled}
                @click=${() => void photos.remove(angle)}
              >
                ${t.remove}<span class="visually-hidden">: ${t.angles[angle]}</span>
              </button>`
            : nothing
        }
      </div>
    </div>
  </li>`;
}

/** The optional photos step: one file input per angle, each processed on the device before it is kept. */
export function renderPhotos(ctx: ViewContext, photos: PhotosController): TemplateResult {
  const t = ctx.messages.photos;
  return html`<h2 part="heading" class="heading" tabindex="-1">
      ${t.title} <span class="optional">${ctx.messages.nav.optional}</span>
    </h2>
    <p class="hint" part="hint">${t.lead}</p>
    <p class="hint">${t.tips}</p>
    ${photos.notKept ? html`<p class="notice">${t.notSaved}</p>` : nothing}
    ${
      photos.loadFailed
        ? html`<p class="notice notice--problem" role="alert">${ctx.messages.problems.photoNotLoaded}</p>`
        : nothing
    }
    <ul class="photo-slots">
      ${PHOTO_ANGLES.map((angle) => renderSlot(ctx, photos, angle))}
    </ul>
    <p class="visually-hidden" role="status">${photos.status}</p>`;
}
