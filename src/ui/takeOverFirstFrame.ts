import { TEMPLATE } from '../worksheet/template';
import { promptsOf } from '../worksheet/walk';
import type { AnswersEditor } from './editor';
import { fieldId } from './ids';

/** The class that marks the first frame (FirstFrame.tsx) in the page. */
export const FIRST_FRAME_CLASS = 'first-frame';

type TextEntry = HTMLInputElement | HTMLTextAreaElement;

/**
 * The worksheet page, once drawn, takes the place of the first frame index.html showed for a
 * /new link: what was typed into the frame becomes the worksheet's answers (and so is saved),
 * and the field being typed in keeps focus and caret in the page's own copy of it. It runs in
 * one task with the page's first render, so no keystroke lands between the two. Without a
 * frame it does nothing.
 */
export function takeOverFirstFrame(editor: Pick<AnswersEditor, 'setText'>): void {
  const frame = document.querySelector(`.${FIRST_FRAME_CLASS}`);
  if (!frame) return;
  for (const prompt of promptsOf(TEMPLATE.sections[0]!)) {
    const field = frame.querySelector<TextEntry>(`[id="${fieldId(prompt.id)}"]`);
    if (field && field.value !== field.defaultValue) editor.setText(prompt.id, field.value);
  }
  const active = document.activeElement;
  const typing = active && frame.contains(active) && active.id ? (active as TextEntry) : undefined;
  const caret = typing && { id: typing.id, start: selection(typing, 'selectionStart'), end: selection(typing, 'selectionEnd') };
  frame.remove();
  if (!caret) return;
  const field = document.getElementById(caret.id) as TextEntry | null;
  field?.focus({ preventScroll: true });
  if (field && caret.start !== null && caret.end !== null) field.setSelectionRange(caret.start, caret.end);
}

/** A page other than the worksheet opened where the first frame was: the frame goes. */
export function discardFirstFrame(): void {
  document.querySelector(`.${FIRST_FRAME_CLASS}`)?.remove();
}

/** A field's caret; a date input has none (reading it throws in some browsers). */
function selection(field: TextEntry, side: 'selectionStart' | 'selectionEnd'): number | null {
  try {
    return field[side];
  } catch {
    return null;
  }
}
