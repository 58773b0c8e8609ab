/** Small per-device choices, kept in localStorage; they are not part of any worksheet. */
export type PaperPreference = 'letter' | 'a4';

const PAPER_KEY = 'cpm-workshop:paper';

export function loadPaper(): PaperPreference {
  try {
    return localStorage.getItem(PAPER_KEY) === 'a4' ? 'a4' : 'letter';
  } catch {
    return 'letter';
  }
}

export function savePaper(paper: PaperPreference): void {
  try {
    localStorage.setItem(PAPER_KEY, paper);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}
