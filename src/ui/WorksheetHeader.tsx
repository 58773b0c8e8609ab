import { onMount, type JSX } from 'solid-js';

/**
 * The worksheet's title and participant. Opening a worksheet puts focus on the title, so a
 * keyboard user's first Tab reaches the first field rather than the page's toolbars.
 */
export function WorksheetHeader(props: { eyebrow: string; title: string; name: string; children?: JSX.Element }) {
  let heading!: HTMLHeadingElement;
  onMount(() => {
    // Only when nothing else has focus yet, e.g. a field another part of the page chose.
    if (document.activeElement === document.body || !document.activeElement) heading.focus({ preventScroll: true });
  });
  return (
    <header class="worksheet-header">
      <p class="eyebrow">{props.eyebrow}</p>
      <h1 ref={heading} tabindex="-1">
        {props.title}
      </h1>
      {/* Its line is kept while empty: the form does not jump down as a name is first typed. */}
      <p class="byline">{props.name}</p>
      {props.children}
    </header>
  );
}
