import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { WorksheetRow, type WorksheetActions } from '../../src/ui/WorksheetRow';
import type { WorksheetSummary } from '../../src/worksheet/summary';

const sheet: WorksheetSummary = {
  id: 'w1',
  title: 'Fresno cohort',
  participant: 'Ana Reyes',
  updatedAt: new Date(2026, 11, 2, 9, 30).getTime(),
  progress: { done: 3, total: 33 },
};
const actions: WorksheetActions = {
  onRename: async () => {},
  onDuplicate: () => {},
  onDelete: () => {},
  onExport: () => {},
  onSaveFile: () => {},
};

describe('a library card’s buttons', () => {
  it('have accessible names that begin with their visible words (WCAG 2.5.3 Label in Name)', () => {
    render(() => (
      <ul>
        <WorksheetRow sheet={sheet} actions={actions} now={new Date(2026, 11, 2, 10)} />
      </ul>
    ));
    for (const button of screen.getAllByRole('button')) {
      const visible = button.textContent.trim();
      const name = button.getAttribute('aria-label') ?? visible;
      expect(name.toLowerCase().startsWith(visible.toLowerCase()), `"${name}" for "${visible}"`).toBe(true);
    }
    expect(screen.getByRole('button', { name: 'Save as file: Fresno cohort' })).toBeTruthy();
  });
});
