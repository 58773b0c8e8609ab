import type { Page } from 'playwright-core';
import { readStored } from './helpers';

/** Text a participant might type in California, plus text that must stay text. */
export const SAMPLES = {
  name: 'María José Nguyễn',
  role: 'Deputy Director — Children’s Services',
  agency: 'Condado de Fresno',
  session: 'Director’s Institute <img src=x onerror=alert(1)>',
};

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Fills every field of the worksheet, adding rows, a second crosswalk and another audience. */
export async function fillEverything(page: Page): Promise<void> {
  await textbox(page, 'Participant name').fill(SAMPLES.name);
  await textbox(page, 'Role / title').fill(SAMPLES.role);
  await textbox(page, 'County or agency').fill(SAMPLES.agency);
  await textbox(page, 'Session name').fill(SAMPLES.session);

  await textbox(page, 'Level 1').fill('Family');
  await textbox(page, 'Level 2').fill('System');
  const elements = ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'];
  for (const [i, element] of elements.entries()) await textbox(page, `Element ${i + 1}`).fill(element);

  const improvements = ['Safety Organized Practice', 'Child and Family Teams', 'Family First', 'ICWA compliance'];
  await page.getByRole('button', { name: '+ Add improvement' }).click();
  for (const [i, text] of improvements.entries()) await textbox(page, `Improvement ${i + 1}`).fill(text);

  // Crosswalk 1 from the participant's own list; crosswalk 2 typed.
  await page.getByRole('group', { name: 'Crosswalk 1: from your list' }).getByRole('button', { name: 'Child and Family Teams' }).click();
  const grid = (n: number) => page.getByRole('group', { name: new RegExp(`^Crosswalk ${n}`) });
  for (const element of elements) await grid(1).getByRole('textbox', { name: element, exact: true }).fill(`CFT ${element} 儿童福利`);
  await page.getByRole('button', { name: '+ Add another crosswalk' }).click();
  await grid(2).getByRole('textbox', { name: 'Initiative or mandate' }).fill('Continuum of Care Reform');
  for (const element of elements) await grid(2).getByRole('textbox', { name: element, exact: true }).fill(`CCR ${element}`);

  await textbox(page, 'For my county’s families?'.replace('’', "'")).fill('Safer, more stable homes; Добро пожаловать');
  await textbox(page, "For my county's staff?").fill('Shared language. Բարի գալուստ. 안녕하세요');
  for (let i = 1; i <= 6; i++) await textbox(page, `Factor ${i}`).fill(`Organizational factor ${i}: Salamat po`);
  await textbox(page, 'My Role to Support CPM at the Family Level:').fill('Model engagement in every case review.');
  await textbox(page, 'My Role to Support CPM at the System Level:').fill('Use data to track progress.');
  await textbox(page, 'What is important for you to be saying and doing?').fill('Say it, then do it.');
  await textbox(page, 'With my immediate team?').fill('We team with families.');
  await textbox(page, 'With social workers?').fill('Your judgment matters.');
  await page.getByRole('button', { name: '+ Add another audience' }).click();
  await textbox(page, 'Audience 1').fill('community partners');
  await textbox(page, 'With community partners?').fill('Join our child and family teams.');
}

/** Every field's value in page order: the participant's whole worksheet as they see it. */
export function allFieldValues(page: Page): Promise<string[]> {
  return page.$$eval('main input, main textarea', (fields) =>
    fields.map((field) => `${field.id}=${(field as HTMLInputElement | HTMLTextAreaElement).value}`),
  );
}

/** The stored record, read straight from IndexedDB in the page. */
export function storedRecord(page: Page, id: string): Promise<{ answers: { text: Record<string, string> } } | undefined> {
  return readStored(page, 'worksheets', id);
}
