import { screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { renderExercises } from './helpers';

/** The row inputs in the order the participant sees them. */
const rows = () => screen.getAllByRole<HTMLInputElement>('textbox');
const texts = () => rows().map((input) => input.value);
const labels = () => rows().map((input) => input.labels?.[0]?.textContent?.trim());

/** Renders org-factors with the given texts in rows 1..n (six rows on a fresh worksheet). */
async function factors(...given: string[]) {
  const view = renderExercises(['org-factors']);
  for (const [index, text] of given.entries()) {
    if (text) await view.user.type(screen.getByRole('textbox', { name: `Factor ${index + 1}` }), text);
  }
  return view;
}

describe('numbered lists', () => {
  it('shows the rows printed on paper', () => {
    renderExercises(['improvements', 'org-factors']);
    for (const n of [1, 2, 3]) expect(screen.getByRole('textbox', { name: `Improvement ${n}` })).toHaveProperty('value', '');
    expect(screen.queryByRole('textbox', { name: 'Improvement 4' })).toBeNull();
    for (const n of [1, 2, 3, 4, 5, 6]) expect(screen.getByRole('textbox', { name: `Factor ${n}` })).toHaveProperty('value', '');
    expect(screen.queryByRole('textbox', { name: 'Factor 7' })).toBeNull();
    expect(screen.getByRole('button', { name: '+ Add improvement' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '+ Add factor' })).toBeTruthy();
  });

  it('stores what is typed in each row', async () => {
    const { answers, changed, user } = renderExercises(['improvements']);
    await user.type(screen.getByRole('textbox', { name: 'Improvement 2' }), 'CFTs');
    expect(answers.lists.improvements?.map((item) => item.text)).toEqual(['', 'CFTs', '']);
    expect(changed).toHaveBeenCalledTimes(4);
  });

  it('adds a row at the end and focuses it', async () => {
    const { answers, user } = await factors('Caseloads');
    await user.click(screen.getByRole('button', { name: '+ Add factor' }));
    const seventh = screen.getByRole('textbox', { name: 'Factor 7' });
    expect(document.activeElement).toBe(seventh);
    expect(answers.lists['org-factors']).toHaveLength(7);
    await user.keyboard('Coaching');
    expect(answers.lists['org-factors']?.[6]?.text).toBe('Coaching');
  });

  it('removes a row with its button and renumbers the rest', async () => {
    const { answers, user } = await factors('A', 'B', 'C', 'D', 'E', 'F');
    await user.click(screen.getByRole('button', { name: 'Remove factor 2' }));
    expect(texts()).toEqual(['A', 'C', 'D', 'E', 'F']);
    expect(labels()).toEqual(['Factor 1', 'Factor 2', 'Factor 3', 'Factor 4', 'Factor 5']);
    expect(answers.lists['org-factors']?.map((item) => item.text)).toEqual(['A', 'C', 'D', 'E', 'F']);
    expect(screen.queryByRole('button', { name: 'Remove factor 6' })).toBeNull();
    // Focus lands on the row before the removed one.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Factor 1' }));
  });

  it('moves a row with its buttons', async () => {
    const { answers, user } = await factors('A', 'B', 'C');
    await user.click(screen.getByRole('button', { name: 'Move factor 1 down' }));
    expect(texts().slice(0, 3)).toEqual(['B', 'A', 'C']);
    expect(answers.lists['org-factors']?.slice(0, 3).map((item) => item.text)).toEqual(['B', 'A', 'C']);
    expect(screen.getByRole('textbox', { name: 'Factor 2' })).toHaveProperty('value', 'A');

    await user.click(screen.getByRole('button', { name: 'Move factor 3 up' }));
    expect(texts().slice(0, 3)).toEqual(['B', 'C', 'A']);
  });

  it('cannot move the first row up or the last row down', () => {
    renderExercises(['improvements']);
    expect(screen.getByRole('button', { name: 'Move improvement 1 up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move improvement 1 down' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Move improvement 3 down' })).toHaveProperty('disabled', true);
  });

  it('inserts an empty row after the current one on Enter', async () => {
    const { answers, user } = await factors('A', 'B');
    await user.click(screen.getByRole('textbox', { name: 'Factor 1' }));
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['A', '', 'B', '', '', '', '']);
    const inserted = screen.getByRole('textbox', { name: 'Factor 2' });
    expect(document.activeElement).toBe(inserted);
    await user.keyboard('New');
    expect(answers.lists['org-factors']?.slice(0, 3).map((item) => item.text)).toEqual(['A', 'New', 'B']);
  });

  it('moves the row down on Alt+ArrowDown and up on Alt+ArrowUp, keeping focus on it', async () => {
    const { answers, user } = await factors('A', 'B', 'C');
    await user.click(screen.getByRole('textbox', { name: 'Factor 1' }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(texts().slice(0, 3)).toEqual(['B', 'A', 'C']);
    expect(answers.lists['org-factors']?.slice(0, 3).map((item) => item.text)).toEqual(['B', 'A', 'C']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Factor 2' }));

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(texts().slice(0, 3)).toEqual(['B', 'C', 'A']);

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(texts().slice(0, 3)).toEqual(['B', 'A', 'C']);
    expect(document.activeElement).toHaveProperty('value', 'A');
  });

  it('removes an empty row on Backspace and focuses the row before it', async () => {
    const { answers, user } = await factors('A', '', 'C');
    await user.click(screen.getByRole('textbox', { name: 'Factor 2' }));
    await user.keyboard('{Backspace}');
    expect(texts()).toEqual(['A', 'C', '', '', '']);
    expect(answers.lists['org-factors']).toHaveLength(5);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Factor 1' }));
  });

  it('only deletes characters on Backspace in a row with text', async () => {
    const { answers, user } = await factors('AB');
    await user.click(screen.getByRole('textbox', { name: 'Factor 1' }));
    await user.keyboard('{Backspace}');
    expect(texts()).toEqual(['A', '', '', '', '', '']);
    expect(answers.lists['org-factors']?.[0]?.text).toBe('A');
  });

  it('keeps the last remaining row on Backspace', async () => {
    const { answers, user } = renderExercises(['improvements']);
    await user.click(screen.getByRole('button', { name: 'Remove improvement 3' }));
    await user.click(screen.getByRole('button', { name: 'Remove improvement 2' }));
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('textbox', { name: 'Improvement 1' }));
    await user.keyboard('{Backspace}');
    expect(rows()).toHaveLength(1);
    expect(answers.lists.improvements).toHaveLength(1);
  });
});
