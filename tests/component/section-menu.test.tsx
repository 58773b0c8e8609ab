import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SectionMenu } from '../../src/ui/SectionNav';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

function renderMenu(current = 'family-level') {
  const answers = emptyAnswers(TEMPLATE);
  answers.text['cover.name'] = 'Ana';
  const user = userEvent.setup();
  render(() => (
    <>
      <SectionMenu sections={TEMPLATE.sections} answers={answers} current={current} />
      <p>Elsewhere on the page</p>
    </>
  ));
  const nav = within(screen.getByRole('navigation', { name: 'Sections' }));
  return { user, nav, toggle: nav.getByRole('button', { name: /^Section/ }) };
}

describe('the compact section bar (phones and tablets)', () => {
  it('names the section being read with its progress, the list closed', () => {
    const { toggle, nav } = renderMenu();
    expect(toggle.textContent).toContain('Family Level');
    expect(toggle.textContent).toContain('0 of 16');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(nav.queryByRole('list')).toBeNull();
  });

  it('opens the whole list, each section with its progress and the current one marked', async () => {
    const { toggle, nav, user } = renderMenu();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = nav.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(TEMPLATE.sections.length);
    expect(items[0]).toBe('About you1 of 4');
    expect(nav.getByRole('button', { name: /^Family Level/ }).getAttribute('aria-current')).toBe('true');
  });

  it('closes when a section is chosen', async () => {
    const { toggle, nav, user } = renderMenu();
    await user.click(toggle);
    await user.click(nav.getByRole('button', { name: /^Messaging/ }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(nav.queryByRole('list')).toBeNull();
  });

  it('closes on Escape, giving focus back to the bar, and on a click elsewhere', async () => {
    const { toggle, nav, user } = renderMenu();
    await user.click(toggle);
    await user.tab();
    expect(document.activeElement?.textContent).toContain('About you');
    await user.keyboard('{Escape}');
    expect(nav.queryByRole('list')).toBeNull();
    expect(document.activeElement).toBe(toggle);

    await user.click(toggle);
    await user.click(screen.getByText('Elsewhere on the page'));
    expect(nav.queryByRole('list')).toBeNull();
  });
});
