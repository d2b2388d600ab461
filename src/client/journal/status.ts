/** Short messages in a form's status line (a live region, so screen readers hear them). */
export function say(status: HTMLElement, message: string, tone: 'done' | 'problem' = 'done'): void {
  status.textContent = message;
  status.dataset['tone'] = tone;
}
