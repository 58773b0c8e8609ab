import { createEffect } from 'solid-js';

/** Opens and closes a native modal <dialog> as `open()` changes (focus trap and Escape come with it). */
export function bindModal(dialog: () => HTMLDialogElement, open: () => boolean): void {
  createEffect(() => {
    const element = dialog();
    if (open() && !element.open) element.showModal();
    if (!open() && element.open) element.close();
  });
}
