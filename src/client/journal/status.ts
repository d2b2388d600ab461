/** Short messages in a form's status line (a live region, so screen readers hear them). */
import { attribute, type Tone } from '../../lib/journal/dom-contract';

export function say(status: HTMLElement, message: string, tone: Tone = 'done'): void {
  status.textContent = message;
  status.setAttribute(attribute.tone, tone);
}
