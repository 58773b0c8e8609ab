import { screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/worksheet/answers';
import { renderExercises } from './helpers';

describe('text fields', () => {
  it('names every cover field by its visible label', () => {
    renderExercises(['cover']);
    for (const name of ['Participant name', 'Role / title', 'County or agency', 'Session name']) {
      const input = screen.getByRole('textbox', { name });
      expect(input.tagName).toBe('INPUT');
      expect(input).toHaveProperty('value', '');
    }
    // A date input has no textbox role; it is still named by its label and starts on today.
    const date = screen.getByLabelText<HTMLInputElement>('Date');
    expect(date.type).toBe('date');
    expect(date.value).toBe(todayIso());
    // maxlength is not valid HTML on a date input; the text fields keep their limit.
    expect(date.hasAttribute('maxlength')).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Participant name' }).hasAttribute('maxlength')).toBe(true);
  });

  it('uses the autocomplete hints from the template', () => {
    renderExercises(['cover']);
    expect(screen.getByRole('textbox', { name: 'Participant name' }).getAttribute('autocomplete')).toBe('name');
    expect(screen.getByRole('textbox', { name: 'Session name' }).getAttribute('autocomplete')).toBe('off');
  });

  it('stores what is typed and reports each change', async () => {
    const { answers, changed, user } = renderExercises(['cover']);
    const name = screen.getByRole('textbox', { name: 'Participant name' });
    await user.type(name, 'Ana Ruiz');
    expect(answers.text['cover.name']).toBe('Ana Ruiz');
    expect(name).toHaveProperty('value', 'Ana Ruiz');
    expect(changed).toHaveBeenCalledTimes('Ana Ruiz'.length);
    // Other fields are untouched.
    expect(answers.text['cover.role']).toBe('');
  });

  it('shows answers that change in the store', () => {
    const { setAnswers } = renderExercises(['cover']);
    setAnswers('text', 'cover.agency', 'Fresno County');
    expect(screen.getByRole('textbox', { name: 'County or agency' })).toHaveProperty('value', 'Fresno County');
  });

  it('renders long-text prompts as labelled textareas', async () => {
    const { answers, user } = renderExercises(['benefits']);
    const families = screen.getByRole('textbox', { name: "For my county's families?" });
    const staff = screen.getByRole('textbox', { name: "For my county's staff?" });
    expect(families.tagName).toBe('TEXTAREA');
    expect(staff.tagName).toBe('TEXTAREA');
    await user.type(families, 'Fewer placement moves.{Enter}More voice.');
    expect(answers.text['benefits.families']).toBe('Fewer placement moves.\nMore voice.');
    expect(answers.text['benefits.staff']).toBe('');
  });

  it('names a textarea without a label of its own by the question', async () => {
    const { answers, user, container } = renderExercises(['saying-doing']);
    expect(screen.getByRole('heading', { name: 'What is important for you to be saying and doing?' })).toBeTruthy();
    const area = screen.getByRole('textbox', { name: 'What is important for you to be saying and doing?' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(container.querySelector('label')).toBeNull();
    await user.type(area, 'Listen first');
    expect(answers.text['saying-doing']).toBe('Listen first');
  });

  it('keeps the italic mark in a label and its plain accessible name', () => {
    renderExercises(['roles']);
    const family = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'My Role to Support CPM at the Family Level:' });
    expect(family.tagName).toBe('TEXTAREA');
    const label = family.labels?.[0];
    expect(label?.querySelector('em')?.textContent).toBe('Family Level');
    expect(label?.textContent).not.toContain('*');
    expect(screen.getByRole('textbox', { name: 'My Role to Support CPM at the System Level:' })).toBeTruthy();
    expect(screen.getByText('Hint....the CPM Leadership Behaviors might be a good place to start!')).toBeTruthy();
  });
});
