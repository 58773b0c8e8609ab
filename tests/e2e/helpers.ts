import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Opens the library and starts a new worksheet from its button, as a participant would. */
export async function newWorksheetFromLibrary(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: '+ New worksheet' }).click();
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  return page.url();
}

/** Waits until the status says the latest change is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByText(/^Saved at /).waitFor();
}

/** A text field by its visible label, exactly. */
export function field(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}
