import type { Page } from 'playwright-core';

/**
 * What the room sees, measured: the smallest type on the screen, and the share of the screen
 * the content covers (the box around every visible word, slot, note and column).
 */
export interface ScreenMeasure {
  smallestText: number;
  share: number;
  scrolls: boolean;
  /** Text that runs out of the shape it is drawn in (a slot, a note, a column): "Accountability: 9 px". */
  spills: string[];
}
export const measureScreen = (projector: Page): Promise<ScreenMeasure> =>
  projector.evaluate(() => {
    const screen = document.querySelector('.screen')!;
    const frame = screen.getBoundingClientRect();
    let smallestText = Infinity;
    const box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
    const cover = (r: DOMRect) => {
      if (r.width < 1 || r.height < 1) return;
      box.top = Math.min(box.top, r.top);
      box.left = Math.min(box.left, r.left);
      box.bottom = Math.max(box.bottom, r.bottom);
      box.right = Math.max(box.right, r.right);
    };
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    const spills: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest('.sr-only, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects());
      if (!rects.length) continue;
      rects.forEach(cover);
      const holder = parent.closest('li, .slot, .screen-column');
      const shape = holder?.getBoundingClientRect() ?? frame;
      // Text cut off on purpose (an ellipsis, a three-line clamp) counts only where it shows.
      const clips: DOMRect[] = [];
      for (let el: Element | null = parent; el && el !== holder && el !== screen; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') clips.push(el.getBoundingClientRect());
      }
      const shown = (r: DOMRect) =>
        clips.reduce(
          (v, c) => ({
            left: Math.max(v.left, c.left),
            right: Math.min(v.right, c.right),
            top: Math.max(v.top, c.top),
            bottom: Math.min(v.bottom, c.bottom),
          }),
          { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        );
      const visible = rects.map(shown).filter((r) => r.right > r.left && r.bottom > r.top);
      const past = Math.max(
        0,
        ...visible.map((r) => Math.max(shape.left - r.left, r.right - shape.right, shape.top - r.top, r.bottom - shape.bottom)),
      );
      if (past > 1) spills.push(`${node.textContent.trim()}: ${Math.round(past)} px`);
      smallestText = Math.min(smallestText, parseFloat(getComputedStyle(parent).fontSize));
    }
    for (const shape of screen.querySelectorAll('li, .slot, .screen-column, .screen-ideas.empty')) {
      if (!shape.closest('[hidden]')) cover(shape.getBoundingClientRect());
    }
    const share = ((box.right - box.left) * (box.bottom - box.top)) / (frame.width * frame.height);
    const scrolls =
      document.documentElement.scrollHeight > innerHeight ||
      document.documentElement.scrollWidth > innerWidth ||
      screen.scrollHeight > screen.clientHeight + 1;
    return { smallestText, share: Math.round(share * 100), scrolls, spills };
  });
