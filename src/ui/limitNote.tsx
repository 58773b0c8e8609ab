import { createSignal } from 'solid-js';
import { formatLimit } from '../worksheet/limits';

/** "… has reached its limit", when a field is full; the field's own maxlength keeps the text within it. */
export function limitReached(target: EventTarget | null): string {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || target.maxLength <= 0) return '';
  if (target.value.length < target.maxLength) return '';
  const label = target.labels?.[0]?.textContent?.trim() || target.getAttribute('aria-label') || 'This field';
  return `“${label}” has reached its limit of ${formatLimit(target.maxLength)} characters.`;
}

/**
 * A page-wide note for fields that reach their limit: put `onInput` on a container and the note
 * anywhere on the page. One listener serves every field inside, whatever its kind.
 */
export function createLimitNote() {
  const [note, setNote] = createSignal('');
  return {
    onInput: (event: InputEvent) => setNote(limitReached(event.target)),
    Note: () => (
      <p class="limit-note" role="status">
        {note()}
      </p>
    ),
  };
}
