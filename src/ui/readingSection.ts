import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import type { Section } from '../worksheet/types';
import { sectionDomId } from './SectionNav';

/**
 * The section being read: the one holding the focused field while that field is on screen
 * (Tab scrolls a field only just into view, at the foot of the window); otherwise the last one
 * whose top has passed a third of the window, or the last section once the page is scrolled to
 * its end (a short last section never reaches that line on a tall screen).
 */
export function createReadingSection(sections: Section[]): Accessor<string> {
  const first = sections[0]?.id ?? '';
  const [current, setCurrent] = createSignal(first);
  const typingIn = () => {
    const active = document.activeElement;
    const owner = active?.closest('section.worksheet-section');
    if (!active || !owner) return undefined;
    const box = active.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return undefined;
    return sections.find((section) => sectionDomId(section) === owner.id)?.id;
  };
  const scrolledTo = () => {
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
  const reading = () => typingIn() ?? scrolledTo();
  onMount(() => {
    let frame = 0;
    const track = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(reading()));
    };
    window.addEventListener('scroll', track, { passive: true });
    document.addEventListener('focusin', track);
    document.addEventListener('focusout', track);
    // The page grows as its sections render: what is being read can change without a scroll.
    const resized = new ResizeObserver(track);
    resized.observe(document.body);
    onCleanup(() => {
      window.removeEventListener('scroll', track);
      document.removeEventListener('focusin', track);
      document.removeEventListener('focusout', track);
      resized.disconnect();
      cancelAnimationFrame(frame);
    });
  });
  return current;
}
