import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { Answers, Section } from '../worksheet/types';
import { sectionProgress } from '../worksheet/progress';

export const sectionDomId = (section: Section) => `section-${section.id}`;

interface SectionListProps {
  sections: Section[];
  answers: Answers;
  current: string;
  onChosen?: () => void;
}

/** Scrolls to a section and puts focus on its heading. */
function goTo(section: Section) {
  const heading = document.getElementById(`${sectionDomId(section)}-title`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * Each section with its progress. Buttons, not #anchors, because the hash already holds
 * the route.
 */
function SectionList(props: SectionListProps & { id?: string }) {
  return (
    <ol id={props.id}>
      <For each={props.sections}>
        {(section) => {
          const progress = () => sectionProgress(section, props.answers);
          return (
            <li>
              <button
                type="button"
                aria-current={props.current === section.id ? 'true' : undefined}
                classList={{ complete: progress().done === progress().total }}
                onClick={() => {
                  props.onChosen?.();
                  goTo(section);
                }}
              >
                <span class="nav-title">{section.navTitle}</span>
                <span class="nav-progress">
                  {progress().done} of {progress().total}
                </span>
              </button>
            </li>
          );
        }}
      </For>
    </ol>
  );
}

/** The sidebar's always-visible section list, on screens wide enough for a sidebar. */
export function SectionNav(props: SectionListProps) {
  return (
    <nav class="section-nav" aria-label="Sections">
      <SectionList {...props} />
    </nav>
  );
}

/**
 * On phones and tablets: a compact bar, kept in the sticky header, that names the section
 * being read and opens the same list. Escape or a click elsewhere closes it.
 */
export function SectionMenu(props: SectionListProps) {
  const [open, setOpen] = createSignal(false);
  let nav!: HTMLElement;
  let toggle!: HTMLButtonElement;
  const current = () => props.sections.find((section) => section.id === props.current) ?? props.sections[0];
  const progress = () => {
    const section = current();
    return section ? sectionProgress(section, props.answers) : { done: 0, total: 0 };
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.focus();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (open() && !nav.contains(event.target as Node)) close(false);
  };
  // On mount, not as the menu is made: the worksheet's first frame is drawn at build time.
  onMount(() => {
    document.addEventListener('pointerdown', onPointerDown);
    onCleanup(() => document.removeEventListener('pointerdown', onPointerDown));
  });

  return (
    <nav
      ref={nav}
      class="section-menu"
      aria-label="Sections"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open()) {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="section-menu-toggle"
        aria-expanded={open()}
        aria-controls="section-menu-list"
        onClick={() => setOpen(!open())}
      >
        <span class="section-menu-label">Section</span>
        <span class="nav-title">{current()?.navTitle}</span>
        <span class="nav-progress">
          {progress().done} of {progress().total}
        </span>
        <span class="section-menu-caret" aria-hidden="true">
          {open() ? '▴' : '▾'}
        </span>
      </button>
      <Show when={open()}>
        <div class="section-menu-panel">
          <SectionList {...props} id="section-menu-list" onChosen={() => close(false)} />
        </div>
      </Show>
    </nav>
  );
}
