import { onMount, type JSX } from 'solid-js';

const growsByItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

type AreaEvent<E extends Event> = E & { currentTarget: HTMLTextAreaElement; target: Element };

/**
 * A text area that grows with its text, so long answers never hide behind a scrollbar. Its
 * attributes are named one by one rather than spread: a worksheet renders a hundred of them,
 * and a spread costs each one a generic attribute walk.
 */
export function AutoTextarea(props: {
  id: string;
  value: string;
  maxLength: number;
  rows?: number;
  'aria-labelledby'?: string;
  onInput?: (event: AreaEvent<InputEvent>) => void;
  onChange?: (event: AreaEvent<Event>) => void;
  onKeyDown?: (event: AreaEvent<KeyboardEvent>) => void;
}): JSX.Element {
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
      id={props.id}
      rows={props.rows ?? 3}
      maxLength={props.maxLength}
      value={props.value}
      aria-labelledby={props['aria-labelledby']}
      onInput={(event) => {
        fit();
        props.onInput?.(event);
      }}
      onChange={(event) => props.onChange?.(event)}
      onKeyDown={(event) => props.onKeyDown?.(event)}
    />
  );
}
