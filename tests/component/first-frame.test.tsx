import { render, screen } from '@solidjs/testing-library';
import { expect, test, vi } from 'vitest';
import { FirstFrame } from '../../src/ui/FirstFrame';
import { fieldId } from '../../src/ui/ids';
import { takeOverFirstFrame } from '../../src/ui/takeOverFirstFrame';
import { TEMPLATE } from '../../src/worksheet/template';
import type { TextPrompt } from '../../src/worksheet/types';
import { promptsOf } from '../../src/worksheet/walk';

const firstPrompts = promptsOf(TEMPLATE.sections[0]!) as TextPrompt[];

test('the first frame asks what the worksheet’s first section asks, each field named by its label', () => {
  render(() => <FirstFrame wide />);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(TEMPLATE.sections[0]!.title);
  for (const prompt of firstPrompts) expect(screen.getByLabelText(prompt.label!).id).toBe(fieldId(prompt.id));
  expect(screen.getByRole('status').textContent).toBe('Not saved yet');
});

test('on a phone, the first frame carries the section menu and progress the page shows there', () => {
  render(() => <FirstFrame wide={false} />);
  expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
  expect(screen.getByText(/^Answered: 0 of \d+/)).toBeTruthy();
});

/** The page's own copy of the first section's fields, as it stands the moment it is drawn. */
function pageFields() {
  const page = document.createElement('main');
  for (const prompt of firstPrompts) {
    const input = document.createElement('input');
    input.id = fieldId(prompt.id);
    page.append(input);
  }
  document.body.append(page);
  return page;
}

test('taking over, the page gets what was typed into the frame, and the field being typed in keeps focus and caret', () => {
  render(() => <FirstFrame wide />);
  const name = screen.getByLabelText<HTMLInputElement>('Participant name');
  const role = screen.getByLabelText<HTMLInputElement>('Role / title');
  name.value = 'Ana Pérez';
  role.value = 'Supervisor';
  role.focus();
  role.setSelectionRange(2, 5);
  const page = pageFields();
  const editor = {
    setText: vi.fn((id: string, value: string) => void ((page.querySelector(`[id="${fieldId(id)}"]`) as HTMLInputElement).value = value)),
  };

  takeOverFirstFrame(editor);

  // Only what was typed: untouched fields keep what the page gives them (the date: today).
  expect(editor.setText.mock.calls).toEqual([
    ['cover.name', 'Ana Pérez'],
    ['cover.role', 'Supervisor'],
  ]);
  expect(document.querySelector('.first-frame')).toBeNull();
  const focused = document.activeElement as HTMLInputElement;
  expect(page.contains(focused)).toBe(true);
  expect([focused.id, focused.selectionStart, focused.selectionEnd]).toEqual([fieldId('cover.role'), 2, 5]);
  page.remove();
});

test('without a first frame, taking over changes nothing', () => {
  const page = pageFields();
  const editor = { setText: vi.fn() };
  takeOverFirstFrame(editor);
  expect(editor.setText).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(document.body);
  page.remove();
});
