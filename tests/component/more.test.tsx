import { screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { renderExercises } from './helpers';

const addAudience = () => screen.getByRole('button', { name: '+ Add another audience' });

describe('extra answers (another audience)', () => {
  it('shows the printed audiences and no extra ones on a fresh worksheet', () => {
    const { answers } = renderExercises(['messages']);
    expect(screen.getByRole('textbox', { name: 'With my immediate team?' }).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('textbox', { name: 'With social workers?' }).tagName).toBe('TEXTAREA');
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    expect(screen.queryByRole('textbox', { name: 'Audience 1' })).toBeNull();
    expect(addAudience()).toBeTruthy();
    expect(answers.more['messages.more'] ?? []).toEqual([]);
  });

  it('adds a named audience with its own answer and focuses its name', async () => {
    const { answers, changed, user } = renderExercises(['messages']);
    await user.click(addAudience());
    const name = screen.getByRole('textbox', { name: 'Audience 1' });
    expect(name.tagName).toBe('INPUT');
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('textbox', { name: 'With audience 1?' }).tagName).toBe('TEXTAREA');
    expect(answers.more['messages.more']).toHaveLength(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('labels the answer with the audience’s name as it is typed', async () => {
    const { answers, user } = renderExercises(['messages']);
    await user.click(addAudience());
    await user.type(screen.getByRole('textbox', { name: 'Audience 1' }), 'community partners');
    expect(answers.more['messages.more']?.[0]?.name).toBe('community partners');
    expect(screen.getByRole('textbox', { name: 'With community partners?' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'With audience 1?' })).toBeNull();
  });

  it('falls back to the numbered label when the name is only spaces', async () => {
    const { user } = renderExercises(['messages']);
    await user.click(addAudience());
    await user.type(screen.getByRole('textbox', { name: 'Audience 1' }), '   ');
    expect(screen.getByRole('textbox', { name: 'With audience 1?' })).toBeTruthy();
  });

  it('stores the answer for the added audience', async () => {
    const { answers, user } = renderExercises(['messages']);
    await user.click(addAudience());
    await user.type(screen.getByRole('textbox', { name: 'Audience 1' }), 'community partners');
    const area = screen.getByRole('textbox', { name: 'With community partners?' });
    await user.type(area, 'We share decisions');
    expect(answers.more['messages.more']?.[0]?.text).toBe('We share decisions');
    expect(area).toHaveProperty('value', 'We share decisions');
    // The printed answers are untouched.
    expect(answers.text['messages.team']).toBe('');
  });

  it('numbers several audiences and removes one, renumbering the rest', async () => {
    const { answers, user } = renderExercises(['messages']);
    await user.click(addAudience());
    await user.type(screen.getByRole('textbox', { name: 'Audience 1' }), 'judges');
    await user.click(addAudience());
    await user.type(screen.getByRole('textbox', { name: 'Audience 2' }), 'caregivers');
    expect(screen.getByRole('textbox', { name: 'With judges?' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Remove audience 1' }));
    expect(answers.more['messages.more']?.map((entry) => entry.name)).toEqual(['caregivers']);
    expect(screen.getByRole('textbox', { name: 'Audience 1' })).toHaveProperty('value', 'caregivers');
    expect(screen.queryByRole('textbox', { name: 'With judges?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove audience 2' })).toBeNull();
  });

  it('removes the only added audience and returns focus to the add button', async () => {
    const { answers, user } = renderExercises(['messages']);
    await user.click(addAudience());
    await user.click(screen.getByRole('button', { name: 'Remove audience 1' }));
    expect(screen.queryByRole('textbox', { name: 'Audience 1' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'With audience 1?' })).toBeNull();
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    expect(answers.more['messages.more']).toEqual([]);
    expect(document.activeElement).toBe(addAudience());
  });
});
