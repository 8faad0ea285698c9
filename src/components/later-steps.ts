/**
 * What the steps after the first question need and the intro and the first question do not: the review and photos
 * views, free-text questions, the conditional reveal, option pictures, the photos step's controller, and the CSS of
 * free-text fields, pictured options, the conditional reveal, photos and the review.
 * A lazy chunk, asked for once the patient answers the first question (LaterStepsController); the English strings
 * of those steps are a chunk of their own (src/locales/en-later.ts), since locales import no component.
 */
export { renderReview } from './views/review-view.js';
export { laterQuestions } from './views/later-questions.js';
export { requestPictures } from './views/pictures.js';
export { renderPhotos } from './views/photos-view.js';
export { laterStyles } from './views/later-steps.styles.js';
export { PhotosController } from '../controllers/photos-controller.js';
