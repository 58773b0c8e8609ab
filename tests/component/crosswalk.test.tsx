import { screen, within } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmProvider } from '../../src/ui/ConfirmDialog';
import { INITIATIVE_SUGGESTIONS } from '../../src/worksheet/template';
import { renderExercises } from './helpers';

const COLUMNS = ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'];

const renderCrosswalk = (ids = ['crosswalk']) => renderExercises(ids, (children) => <ConfirmProvider>{children()}</ConfirmProvider>);

/** The fieldset of crosswalk n, found by its legend. */
const crosswalk = (n: number, initiative?: string) =>
  within(screen.getByRole('group', { name: initiative ? `Crosswalk ${n}: ${initiative}` : `Crosswalk ${n}` }));

describe('crosswalk', () => {
  it('offers an initiative field and one labelled cell per practice element', () => {
    renderCrosswalk();
    const first = crosswalk(1);
    expect(first.getByRole('textbox', { name: 'Initiative or mandate' })).toHaveProperty('value', '');
    for (const name of COLUMNS) {
      const cell = first.getByRole('textbox', { name });
      expect(cell.tagName).toBe('TEXTAREA');
    }
    expect(first.getAllByRole('textbox')).toHaveLength(1 + COLUMNS.length);
    // A single crosswalk cannot be removed.
    expect(screen.queryByRole('button', { name: /Remove crosswalk/ })).toBeNull();
  });

  it('stores what is typed in a cell under its column', async () => {
    const { answers, changed, user } = renderCrosswalk();
    await user.type(screen.getByRole('textbox', { name: 'Teaming' }), 'Safety networks');
    await user.type(screen.getByRole('textbox', { name: 'Inquiry and Exploration' }), 'Three questions');
    const [entry] = answers.crosswalks.crosswalk ?? [];
    expect(entry?.cells).toEqual({
      engagement: '',
      inquiry: 'Three questions',
      teaming: 'Safety networks',
      advocacy: '',
      accountability: '',
    });
    expect(changed).toHaveBeenCalled();
  });

  it('names the crosswalk after the typed initiative', async () => {
    const { answers, user } = renderCrosswalk();
    await user.type(screen.getByRole('textbox', { name: 'Initiative or mandate' }), 'ICWA');
    expect(answers.crosswalks.crosswalk?.[0]?.initiative).toBe('ICWA');
    expect(screen.getByRole('group', { name: 'Crosswalk 1: ICWA' })).toBeTruthy();
  });

  it('sets the initiative from a suggestion chip', async () => {
    const { answers, user } = renderCrosswalk();
    const suggestions = within(screen.getByRole('group', { name: 'Crosswalk 1: suggestions' }));
    expect(suggestions.getAllByRole('button').map((chip) => chip.textContent)).toEqual([
      ...INITIATIVE_SUGGESTIONS.slice(0, 3),
      `More… (${INITIATIVE_SUGGESTIONS.length - 3})`,
    ]);

    const sop = suggestions.getByRole('button', { name: 'Safety Organized Practice (SOP)' });
    expect(sop.getAttribute('aria-pressed')).toBe('false');
    await user.click(sop);
    expect(answers.crosswalks.crosswalk?.[0]?.initiative).toBe('Safety Organized Practice (SOP)');
    expect(screen.getByRole('textbox', { name: 'Initiative or mandate' })).toHaveProperty('value', 'Safety Organized Practice (SOP)');
    const legend = screen.getByRole('group', { name: 'Crosswalk 1: Safety Organized Practice (SOP)' }).querySelector('legend');
    expect(legend?.textContent).toBe('Crosswalk 1: Safety Organized Practice (SOP)');
    expect(sop.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a short list of suggestions; "More…" shows the rest, and the chosen one stays in view', async () => {
    const { answers, user } = renderCrosswalk();
    const group = () => within(screen.getByRole('group', { name: 'Crosswalk 1: suggestions' }));
    const more = group().getByRole('button', { name: /^More…/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(group().queryByRole('button', { name: 'Indian Child Welfare Act' })).toBeNull();

    await user.click(more);
    expect(
      group()
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual([...INITIATIVE_SUGGESTIONS, 'Fewer']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await user.click(group().getByRole('button', { name: 'Indian Child Welfare Act' }));
    expect(answers.crosswalks.crosswalk?.[0]?.initiative).toBe('Indian Child Welfare Act');

    await user.click(group().getByRole('button', { name: 'Fewer' }));
    expect(
      group()
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual([...INITIATIVE_SUGGESTIONS.slice(0, 3), 'Indian Child Welfare Act', `More… (${INITIATIVE_SUGGESTIONS.length - 4})`]);
    expect(group().getByRole('button', { name: 'Indian Child Welfare Act' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers the items of the improvements list as chips', async () => {
    const { answers, user } = renderCrosswalk(['improvements', 'crosswalk']);
    // Nothing listed yet: no "from your list" group.
    expect(screen.queryByRole('group', { name: 'Crosswalk 1: from your list' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Improvement 1' }), 'Pathways to Well-Being');
    await user.type(screen.getByRole('textbox', { name: 'Improvement 3' }), '  CFT meetings  ');
    const own = within(screen.getByRole('group', { name: 'Crosswalk 1: from your list' }));
    expect(own.getAllByRole('button').map((chip) => chip.textContent)).toEqual(['Pathways to Well-Being', 'CFT meetings']);

    await user.click(own.getByRole('button', { name: 'CFT meetings' }));
    expect(answers.crosswalks.crosswalk?.[0]?.initiative).toBe('CFT meetings');
    expect(screen.getByRole('group', { name: 'Crosswalk 1: CFT meetings' })).toBeTruthy();
  });

  it('adds up to three crosswalks, then hides the add button', async () => {
    const { answers, user } = renderCrosswalk();
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    expect(crosswalk(2).getByRole('textbox', { name: 'Initiative or mandate' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    expect(crosswalk(3).getAllByRole('textbox')).toHaveLength(1 + COLUMNS.length);
    expect(screen.queryByRole('button', { name: '+ Add another crosswalk' })).toBeNull();
    expect(answers.crosswalks.crosswalk).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(screen.getByRole('button', { name: `Remove crosswalk ${n}` })).toBeTruthy();
  });

  it('keeps each crosswalk’s cells apart', async () => {
    const { answers, user } = renderCrosswalk();
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    await user.type(crosswalk(2).getByRole('textbox', { name: 'Advocacy' }), 'Voice');
    expect(answers.crosswalks.crosswalk?.[0]?.cells.advocacy).toBe('');
    expect(answers.crosswalks.crosswalk?.[1]?.cells.advocacy).toBe('Voice');
  });

  it('removes an empty crosswalk without asking', async () => {
    const { answers, user } = renderCrosswalk();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    await user.click(screen.getByRole('button', { name: 'Remove crosswalk 2' }));
    expect(showModal).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(answers.crosswalks.crosswalk).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Crosswalk 3' })).toBeNull();
    expect(screen.getByRole('button', { name: '+ Add another crosswalk' })).toBe(document.activeElement);
    showModal.mockRestore();
  });

  it('asks before removing a crosswalk with text; Cancel keeps it', async () => {
    const { answers, user } = renderCrosswalk();
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    await user.type(crosswalk(2).getByRole('textbox', { name: 'Engagement' }), 'Listen');

    await user.click(screen.getByRole('button', { name: 'Remove crosswalk 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove crosswalk 2?' });
    expect(within(dialog).getByText('What you wrote in it will be removed.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(answers.crosswalks.crosswalk).toHaveLength(2);
    expect(crosswalk(2).getByRole('textbox', { name: 'Engagement' })).toHaveProperty('value', 'Listen');
  });

  it('asks before removing a crosswalk with text; Remove removes it', async () => {
    const { answers, user } = renderCrosswalk();
    await user.click(screen.getByRole('button', { name: '+ Add another crosswalk' }));
    const suggestions = within(screen.getByRole('group', { name: 'Crosswalk 2: suggestions' }));
    await user.click(suggestions.getByRole('button', { name: /^More…/ }));
    await user.click(suggestions.getByRole('button', { name: 'Indian Child Welfare Act' }));
    const keptId = answers.crosswalks.crosswalk?.[0]?.id;

    await user.click(screen.getByRole('button', { name: 'Remove crosswalk 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove crosswalk 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(answers.crosswalks.crosswalk?.map((entry) => entry.id)).toEqual([keptId]);
    expect(screen.queryByRole('group', { name: 'Crosswalk 2: Indian Child Welfare Act' })).toBeNull();
    expect(screen.getAllByRole('textbox', { name: 'Initiative or mandate' })).toHaveLength(1);
  });
});
