import { onMount, type JSX } from 'solid-js';

const growsByItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

/** A text area that grows with its text, so long answers never hide behind a scrollbar. */
export function AutoTextarea(props: JSX.TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  let area!: HTMLTextAreaElement;
  const fit = () => {
    if (growsByItself) return;
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + 2}px`;
  };
  onMount(fit);
  return (
    <textarea
      ref={area}
      rows={3}
      {...props}
      onInput={(event) => {
        fit();
        const handler = props.onInput;
        if (typeof handler === 'function') handler(event);
      }}
    />
  );
}
