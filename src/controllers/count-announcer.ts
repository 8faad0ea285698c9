import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getQuestion } from '../model/definition.js';
import type { LaterMessages } from '../locales/types.js';

/** How long typing must pause before the count is said (GOV.UK's character count waits about as long). */
const COUNT_PAUSE_MS = 1000;
/** The count is said only from this share of the limit on (GOV.UK's threshold), and whenever it is over. */
const THRESHOLD = 0.75;

/**
 * What a screen reader hears about a character count. The visible count changes on every keystroke; as a live
 * region it queued "You have 989 characters left" over the echo of each typed letter. Here one polite message per
 * field is set only after typing pauses, and only near or over the limit; it stays empty otherwise.
 */
export class CountAnnouncer implements ReactiveController {
  private readonly messages = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The whole locale: counts are said only under free-text fields, which only later steps have. */
    private readonly words: () => Pick<LaterMessages, 'nav'>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The message for a field's hidden polite region ('' when there is nothing to say). */
  message(questionId: string): string {
    return this.messages.get(questionId) ?? '';
  }

  /**
   * The patient typed into a field; the count is worded once they pause. A message already standing is emptied
   * at once, so the same words said again after the next pause are a change the screen reader announces.
   */
  typed(questionId: string, value: string): void {
    const question = getQuestion(questionId);
    const max = question && 'maxLength' in question ? (question.maxLength ?? 0) : 0;
    const length = value.length;
    clearTimeout(this.timer);
    if (this.messages.get(questionId)) {
      this.messages.set(questionId, '');
      this.host.requestUpdate();
    }
    if (!max) return;
    this.timer = setTimeout(() => {
      const near = length >= max * THRESHOLD;
      const nav = this.words().nav;
      const left = max - length;
      this.messages.set(questionId, near ? (left < 0 ? nav.charactersTooMany(-left) : nav.charactersLeft(left)) : '');
      this.host.requestUpdate();
    }, COUNT_PAUSE_MS);
  }

  /** A step change: nothing pending is said on the next step. */
  clear(): void {
    clearTimeout(this.timer);
    this.messages.clear();
  }
}
