import { render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createMemoryHistory, RouterProvider } from '@tanstack/solid-router';
import { describe, expect, it } from 'vitest';
import { appServices } from '../../src/appServices';
import { createAppRouter } from '../../src/router';
import { ServicesContext } from '../../src/services';
import { flushAllSaves } from '../../src/store/autosave';
import { db } from '../../src/store/db';
import { createSession } from '../../src/store/sessions';
import { createWorksheet, putWorksheet } from '../../src/store/worksheets';
import { StorageBanner } from '../../src/ui/StorageBanner';
import { useFreshIndexedDb } from '../indexeddb';

useFreshIndexedDb();

/** The whole app at an address, over this test's IndexedDB, as the browser would open it. */
function openApp(path: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }), context: { services: appServices } });
  render(() => <RouterProvider router={router} />);
  return router;
}

/** A worksheet on this device with these answers typed in. */
async function storedWorksheet(text: Record<string, string>) {
  const record = await createWorksheet();
  const filled = { ...record, answers: { ...record.answers, text: { ...record.answers.text, ...text } } };
  await putWorksheet(filled);
  return filled;
}

describe('the pages, through the router', () => {
  it('the library lists a stored worksheet by its session name', async () => {
    await storedWorksheet({ 'cover.session': 'Tuesday cohort', 'cover.name': 'Dana Reyes' });
    openApp('/');
    expect(await screen.findByText('Tuesday cohort', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('the worksheet page shows a stored answer and saves a typed one', async () => {
    const record = await storedWorksheet({ 'cover.name': 'Dana Reyes' });
    openApp(`/worksheets/${record.id}`);
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Participant name' }, { timeout: 5000 });
    expect(name.value).toBe('Dana Reyes');

    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Session name' }), 'Tuesday cohort');
    await flushAllSaves();
    // Read back from IndexedDB itself, not from what the tab holds in memory.
    await waitFor(async () =>
      expect((await (await db()).get('worksheets', record.id))?.answers.text['cover.session']).toBe('Tuesday cohort'),
    );
  });

  it('a worksheet that is not on this device says so instead of showing an empty form', async () => {
    openApp('/worksheets/not-here');
    expect(await screen.findByRole('heading', { name: 'This worksheet is not on this device' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Participant name' })).toBeNull();
  });

  it('the presenter shows a stored session at its first exercise', async () => {
    const session = await createSession('Monday cohort', '2024-05-06');
    openApp(`/present/${session.id}`);
    expect(await screen.findByDisplayValue('Monday cohort', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/Exercise 1 of \d+/)).toBeTruthy();
  });
});

describe('services', () => {
  it('a banner rendered without the app around it fails loudly instead of reaching for storage', () => {
    expect(() => render(() => <StorageBanner />)).toThrow(/ServicesContext/);
  });

  it('the storage banner offers the unsaved work it is given', () => {
    const services = { ...appServices, health: { ...appServices.health, saveProblems: () => ['The disk is full.'] } };
    render(() => (
      <ServicesContext.Provider value={services}>
        <StorageBanner />
      </ServicesContext.Provider>
    ));
    expect(screen.getByRole('alert').textContent).toContain('The disk is full.');
    expect(screen.getByRole('button', { name: 'Download a backup of your unsaved work' })).toBeTruthy();
  });
});
