/**
 * Fits the projector screen to its frame: the largest type scale at which everything shows,
 * so a sparse exercise fills the screen and a busy one shrinks. Type never goes under the
 * floor set in projector.css; when even that does not fit, a list shows what fits and says
 * how many more there are, rather than shrinking into type the back of the room cannot read.
 */

const LARGEST = 1.4;
const SMALLEST = 0.3;
const STEPS = 7;

/** Lists that clip at the floor mark themselves `data-fit-list`; their items are the children. */
const lists = (screen: HTMLElement) => Array.from(screen.querySelectorAll<HTMLElement>('[data-fit-list]'));

const overflows = (element: HTMLElement) =>
  element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;

/** The screen's content area (`data-fit-area`): what spills out of it would run into the margins. */
const areas = (screen: HTMLElement) => Array.from(screen.querySelectorAll<HTMLElement>('[data-fit-area]'));

function fitsAt(screen: HTMLElement, scale: number): boolean {
  screen.style.setProperty('--fit', String(scale));
  return !overflows(screen) && !areas(screen).some(overflows) && !lists(screen).some(overflows);
}

/** Items a list stands for beyond its own children (`data-more-base`): the room view's cut. */
const beyond = (list: HTMLElement) => Number(list.dataset.moreBase ?? 0);
const countMore = (list: HTMLElement, hidden: number) => {
  const more = hidden + beyond(list);
  if (more > 0) list.dataset.more = `+ ${more} more`;
  else delete list.dataset.more;
};

function showEverything(screen: HTMLElement): void {
  for (const list of lists(screen)) {
    countMore(list, 0);
    delete list.dataset.brief;
    for (const item of Array.from(list.children)) (item as HTMLElement).hidden = false;
  }
}

/** Hides a list's last items until the rest, and the "+N more" line it reserves room for, fit. */
function hideUntilFits(list: HTMLElement): number {
  const items = Array.from(list.children) as HTMLElement[];
  for (const item of items) item.hidden = false;
  list.dataset.more = '+';
  let hidden = 0;
  while (hidden < items.length && overflows(list)) {
    hidden += 1;
    items[items.length - hidden]!.hidden = true;
  }
  return hidden;
}

/**
 * What fits of a list, and a count of the rest. A list with no room for even its first item
 * whole tries its items in brief (`data-brief`, styled shorter where a list has a brief form)
 * before it shows nothing but the count.
 */
function clip(list: HTMLElement): void {
  let hidden = hideUntilFits(list);
  if (hidden === list.children.length && hidden > 0) {
    list.dataset.brief = '';
    hidden = hideUntilFits(list);
  }
  countMore(list, hidden);
}

export function fitScreen(screen: HTMLElement): void {
  showEverything(screen);
  if (fitsAt(screen, LARGEST)) return;
  if (!fitsAt(screen, SMALLEST)) {
    lists(screen).filter(overflows).forEach(clip);
    return;
  }
  let fits = SMALLEST;
  let fails = LARGEST;
  for (let step = 0; step < STEPS; step++) {
    const middle = (fits + fails) / 2;
    if (fitsAt(screen, middle)) fits = middle;
    else fails = middle;
  }
  screen.style.setProperty('--fit', String(Math.floor(fits * 100) / 100));
}
