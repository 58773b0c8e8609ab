import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import type { Section } from '../worksheet/types';
import { sectionDomId } from './SectionNav';

/**
 * The section being read: the last one whose top has passed a third of the window, or the
 * last section once the page is scrolled to its end (a short last section never reaches
 * that line on a tall screen).
 */
export function createReadingSection(sections: Section[]): Accessor<string> {
  const first = sections[0]?.id ?? '';
  const [current, setCurrent] = createSignal(first);
  const reading = () => {
    const root = document.documentElement;
    const atEnd = window.scrollY > 0 && window.innerHeight + window.scrollY >= root.scrollHeight - 2;
    if (atEnd) return sections[sections.length - 1]?.id ?? first;
    const line = window.innerHeight / 3;
    let found = first;
    for (const section of sections) {
      const top = document.getElementById(sectionDomId(section))?.getBoundingClientRect().top ?? Infinity;
      if (top <= line) found = section.id;
    }
    return found;
  };
  onMount(() => {
    let frame = 0;
    const track = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(reading()));
    };
    window.addEventListener('scroll', track, { passive: true });
    // The page grows as its sections render: what is being read can change without a scroll.
    const resized = new ResizeObserver(track);
    resized.observe(document.body);
    onCleanup(() => {
      window.removeEventListener('scroll', track);
      resized.disconnect();
      cancelAnimationFrame(frame);
    });
  });
  return current;
}
