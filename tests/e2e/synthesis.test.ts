import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { readPdf } from '../pdf/text';
import { baseUrl, openBrowser, type Session } from './browser';
import { measureScreen } from './projector';
import { newWorksheetFromLibrary, readStored, waitSaved } from './helpers';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import { emptyAnswers } from '../../src/worksheet/answers';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';

const PROJECTOR_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const opened: Session[] = [];
afterAll(async () => {
  for (const session of opened) {
    expect(session.breaches).toEqual([]);
    await session.close();
  }
});

const dir = mkdtempSync(join(tmpdir(), 'cpm-contributions-'));
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);

interface Participant {
  name: string;
  shareName: boolean;
  levels: [string, string];
  elements: string[];
  improvements: string[];
  initiative: string;
  teaming: string;
  factors: string[];
  reflection: string;
}

const PARTICIPANTS: Participant[] = [
  {
    name: 'Ana Ruiz',
    shareName: false,
    levels: ['Family', 'System'],
    elements: ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'],
    improvements: ['Safety Organized Practice', 'Child and Family Teams'],
    initiative: 'Safety Organized Practice',
    teaming: 'Family meetings',
    factors: ['Coaching time', 'Data dashboards'],
    reflection: 'PRIVATE-REFLECTION-ANA',
  },
  {
    name: 'Bảo Nguyễn',
    shareName: true,
    levels: ['family level', 'the system'],
    elements: ['teaming', 'engage', 'inquiry/exploration', 'advocacy', 'accountable'],
    improvements: ['safety organized practice.', 'CFT meeting'],
    initiative: 'ICPM',
    teaming: 'family meeting',
    factors: ['coaching  time'],
    reflection: 'PRIVATE-REFLECTION-BAO',
  },
  {
    name: 'Chris Doe',
    shareName: false,
    levels: ['Family', 'Community'],
    elements: ['Engagement', 'Teaming', '', 'Advocacy', 'Voice'],
    improvements: ['The Safety Organized Practice'],
    initiative: 'Safety Organized Practice',
    teaming: 'Family Meetings!',
    factors: ['Coaching time.'],
    reflection: 'PRIVATE-REFLECTION-CHRIS',
  },
];

/** One participant, in their own browser profile: fills a worksheet and saves a contribution file. */
async function share(participant: Participant, n: number): Promise<string> {
  const session = await openBrowser();
  opened.push(session);
  const page = session.page;
  await newWorksheetFromLibrary(page);
  await textbox(page, 'Participant name').fill(participant.name);
  await textbox(page, 'Level 1').fill(participant.levels[0]);
  await textbox(page, 'Level 2').fill(participant.levels[1]);
  for (const [i, element] of participant.elements.entries()) await textbox(page, `Element ${i + 1}`).fill(element);
  for (const [i, text] of participant.improvements.entries()) await textbox(page, `Improvement ${i + 1}`).fill(text);
  const crosswalk = page.getByRole('group', { name: /^Crosswalk 1/ });
  await crosswalk.getByRole('textbox', { name: 'Initiative or mandate' }).fill(participant.initiative);
  await crosswalk.getByRole('textbox', { name: 'Teaming', exact: true }).fill(participant.teaming);
  for (const [i, text] of participant.factors.entries()) await textbox(page, `Factor ${i + 1}`).fill(text);
  await textbox(page, 'My Role to Support CPM at the Family Level:').fill(participant.reflection);
  await waitSaved(page);

  await page.getByRole('button', { name: 'Share with the facilitator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with the facilitator' });
  await dialog.waitFor();
  // Exactly what will be shared: the room exercises ticked, the reflection shown but unticked, no name.
  const reflection = dialog.getByRole('checkbox', { name: /what is my role in each\?/ });
  expect(await reflection.isChecked()).toBe(false);
  expect(await dialog.getByRole('checkbox', { name: /practice and system improvements/ }).isChecked()).toBe(true);
  expect(await dialog.getByRole('checkbox', { name: /Include my name/ }).isChecked()).toBe(false);
  expect(await dialog.innerText()).toContain(participant.improvements[0]);
  if (n === 0) {
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/share-dialog.png' });
  }
  if (participant.shareName) await dialog.getByRole('checkbox', { name: /Include my name/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save contribution file' }).click();
  const file = await download;
  const expectedName = participant.shareName
    ? /^CPM-contribution-B.+-\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9]{6}\.json$/
    : /^CPM-contribution-anonymous-\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9]{6}\.json$/;
  expect(file.suggestedFilename()).toMatch(expectedName);
  await dialog.getByText(/^Saved CPM-contribution-/).waitFor();
  const path = join(dir, `participant-${n + 1}.json`);
  writeFileSync(path, readFileSync(await file.path()));
  const text = readFileSync(path, 'utf8');
  expect(text).not.toContain('PRIVATE-REFLECTION');
  expect(text.includes(participant.name)).toBe(participant.shareName);
  return path;
}

/** The room's answers on the projector, as "answer ×count". */
const onScreen = (projector: Page, region?: string) =>
  (region
    ? projector.getByRole('region', { name: region }).locator('li:not([hidden])')
    : projector.locator('.screen-room-part li:not([hidden])')
  ).evaluateAll((items) =>
    items.map((li) => `${li.querySelector('.screen-room-text')?.textContent} ${li.querySelector('.screen-room-count')?.textContent}`),
  );

/** The next exercise, from wherever the focus is: Escape leaves a field, then the arrow key. */
async function next(presenter: Page) {
  await presenter.keyboard.press('Escape');
  await presenter.keyboard.press('ArrowRight');
}

/** Drops files on an element as a file manager would. */
async function dropFiles(page: Page, selector: string, files: Array<{ name: string; text: string }>) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return data;
  }, files);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('three participants share; the facilitator adds their files and a broken one; synthesis, projector and PDF show the room', async () => {
  const files = [];
  for (const [n, participant] of PARTICIPANTS.entries()) files.push(await share(participant, n));

  const facilitator = await openBrowser();
  opened.push(facilitator);
  const presenter = facilitator.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await presenter.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
  await presenter.getByRole('heading', { name: 'Room answers' }).waitFor();

  // Two files from the picker, one good and one broken file dropped.
  const broken = join(dir, 'CPM-contribution-broken.json');
  writeFileSync(broken, readFileSync(files[2]!, 'utf8').slice(0, 200));
  await presenter.getByLabel('Contribution files').setInputFiles([files[0]!, files[1]!]);
  await presenter.getByText('2 contributions added.').waitFor();
  await dropFiles(presenter, '.room-answers', [
    { name: 'participant-3.json', text: readFileSync(files[2]!, 'utf8') },
    { name: 'CPM-contribution-broken.json', text: readFileSync(broken, 'utf8') },
    { name: 'participant-1-again.json', text: readFileSync(files[0]!, 'utf8') },
  ]);
  const panel = presenter.locator('.room-answers');
  await presenter.getByText('1 contribution added.').waitFor();
  expect(await panel.innerText()).toContain(
    'CPM-contribution-broken.json was skipped because it is not readable JSON (it may be damaged or cut short).',
  );
  expect(await panel.innerText()).toContain('participant-1-again.json was skipped because it was already added');
  expect(await panel.innerText()).toContain('3 contributions from participants');

  // Exercise 1 and 2: recall scores, naming no one.
  expect(await panel.innerText()).toContain('2 of 3 named both levels');
  await next(presenter);
  await panel.getByText('2 of 3 named all five elements').waitFor();

  // Exercise 3: near-duplicates merged and counted.
  await next(presenter);
  const improvements = panel.getByRole('region', { name: 'Improvements' });
  await improvements.waitFor();
  const rows = async (region: typeof improvements) =>
    (await region.locator('li').allInnerTexts()).map((t) => t.split('\n').slice(0, 2).join(' | '));
  expect(await rows(improvements)).toEqual([
    'Safety Organized Practice | 3 participants',
    'CFT meeting | 1 participant',
    'Child and Family Teams | 1 participant',
  ]);
  // Merge two by hand; promote one to the board.
  await improvements.getByRole('combobox', { name: 'Merge the answer' }).selectOption({ label: 'Child and Family Teams' });
  await improvements.getByRole('combobox', { name: 'into', exact: true }).selectOption({ label: 'CFT meeting' });
  await improvements.getByRole('button', { name: 'Merge in Improvements' }).click();
  await expect.poll(() => rows(improvements)).toEqual(['Safety Organized Practice | 3 participants', 'CFT meeting | 2 participants']);
  expect(await violations(presenter)).toEqual([]);
  await panel.screenshot({ path: 'test-results/room-answers-panel.png' });
  await improvements.getByRole('button', { name: 'Add to board “Safety Organized Practice”' }).click();
  expect(await presenter.getByRole('textbox', { name: 'Idea 1' }).inputValue()).toBe('Safety Organized Practice');

  // The projector shows the room's answers of the current exercise.
  const popup = facilitator.context.waitForEvent('page');
  await presenter.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popup;
  await projector.locator('.screen-prompt').waitFor();
  await panel.getByRole('checkbox', { name: 'Show room answers on screen' }).check();
  await expect.poll(() => onScreen(projector)).toEqual(['Safety Organized Practice ×3', 'CFT meeting ×2']);

  // Exercise 4: the crosswalk per element, with the initiatives named; hide one.
  await next(presenter);
  const teaming = panel.getByRole('region', { name: 'Teaming' });
  await teaming.waitFor();
  expect(await teaming.innerText()).toContain('Family meetings');
  expect(await teaming.innerText()).toContain('3 participants');
  expect(await teaming.innerText()).toContain('Safety Organized Practice (2), ICPM');
  await expect.poll(() => onScreen(projector, 'Teaming')).toEqual(['Family meetings ×3']);

  // Exercise 6: organizational factors, one hidden from the screen.
  await next(presenter);
  await next(presenter);
  const factors = panel.getByRole('region', { name: 'Factors' });
  expect(await rows(factors)).toEqual(['Coaching time | 3 participants', 'Data dashboards | 1 participant']);
  await expect.poll(() => onScreen(projector)).toEqual(['Coaching time ×3', 'Data dashboards ×1']);
  await factors.getByRole('button', { name: 'Hide “Data dashboards”' }).click();
  await expect.poll(() => onScreen(projector)).toEqual(['Coaching time ×3']);
  for (const size of PROJECTOR_SIZES) {
    const box = await screenAt(projector, size, 200);
    expect(box.docHeight <= size.height && !box.overflow).toBe(true);
    await projector.screenshot({ path: `test-results/room-answers-${size.width}x${size.height}.png` });
  }

  // Exercise 7: the personal reflections were not shared by anyone.
  await next(presenter);
  await panel.getByText('No contribution answers this exercise yet.').waitFor();
  expect(await presenter.locator('body').innerText()).not.toContain('PRIVATE-REFLECTION');
  expect(await projector.locator('body').innerText()).not.toContain('PRIVATE-REFLECTION');
  expect(await violations(presenter)).toEqual([]);
  expect(await violations(projector)).toEqual([]);

  // Names: only the participant who ticked it.
  await panel.getByText('Contributions (3)').click();
  const list = await panel.locator('.room-contributions').innerText();
  expect(list).toContain('Bảo Nguyễn');
  expect(list).not.toContain('Ana');
  expect(list).not.toContain('Chris');
  await presenter.screenshot({ path: 'test-results/room-answers-presenter.png', fullPage: true });

  // The PDF of the room's answers.
  const download = presenter.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export room answers PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^CPM-room-answers-.+\.pdf$/);
  const pdfPath = join(dir, 'room-answers.pdf');
  writeFileSync(pdfPath, readFileSync(await file.path()));
  const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
  const text = pdf.all.replace(/\s+/g, '');
  for (const expected of [
    'Room answers',
    '2 of 3 named all five elements',
    'Safety Organized Practice — 3 participants',
    'CFT meeting — 2 participants',
    'Family meetings — 3 participants · Safety Organized Practice, ICPM',
    'Coaching time — 3 participants',
    // The exercises nobody shared, together at the end under their own numbers.
    'Not shared by anyone',
    '7. What is my role at the Family Level and at the System Level?',
  ]) {
    expect(text).toContain(expected.replace(/\s+/g, ''));
  }
  // Dated in words, as the worksheet and board PDFs are.
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toContain('Datadashboards');
  expect(text).not.toContain('PRIVATE');
  expect(text).not.toContain('Ana');

  // A reload keeps the contributions and the hand edits; a contribution can be removed.
  await presenter.reload();
  await presenter.getByText('3 contributions from participants').waitFor();
  await panel.getByText('Contributions (3)').click();
  await panel.getByRole('button', { name: 'Remove contribution Bảo Nguyễn' }).click();
  await presenter.getByText('2 contributions from participants').waitFor();
  await presenter.reload();
  await presenter.getByText('2 contributions from participants').waitFor();
  await presenter.keyboard.press('ArrowLeft');
  await expect
    .poll(() => rows(panel.getByRole('region', { name: 'Factors' })))
    .toEqual(['Coaching time | 2 participants', 'Data dashboards | 1 participant']);
  await expect.poll(() => onScreen(projector)).toEqual(['Coaching time ×2']);

  // With the presenter closed, a reloaded projector shows the stored room answers.
  await presenter.close();
  await projector.reload();
  await expect.poll(() => onScreen(projector)).toEqual(['Coaching time ×2']);
});

/** A large room's contributions, built as the participant's app builds them, with long answers. */
function largeRoom(count: number): Array<{ name: string; text: string }> {
  const principle = (n: number) =>
    `Principle ${n % 17}: ${'families and partners plan together with the youth, '.repeat(1 + (n % 3))}and the plan is reviewed`;
  return Array.from({ length: count }, (_, i) => {
    const answers = emptyAnswers(TEMPLATE);
    answers.crosswalks.crosswalk = [
      {
        id: 'c',
        initiative: ['Safety Organized Practice', 'ICPM', 'Continuum of Care Reform', 'Family First Prevention Services Act'][i % 4]!,
        cells: Object.fromEntries(PRACTICE_ELEMENTS.map((element, k) => [element.id, `${principle(i + k)}\n${principle(i * 3 + k)}`])),
      },
    ];
    const contribution = buildContribution(
      TEMPLATE,
      answers,
      { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false },
      `large-room-${i}-0000`,
    );
    return { name: `CPM-contribution-${i}.json`, text: JSON.stringify(contribution) };
  });
}

test('a large room on the crosswalk fits the projector at 1280×720, 1920×1080 and 1024×768 without scrolling, readable from the back', async () => {
  const facilitator = await openBrowser();
  opened.push(facilitator);
  const presenter = facilitator.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await presenter.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
  await presenter.getByRole('heading', { name: 'Room answers' }).waitFor();
  for (let i = 0; i < 3; i++) await next(presenter);
  await dropFiles(presenter, '.room-answers', largeRoom(120));
  await presenter.getByText('120 contributions added.').waitFor();
  const popup = facilitator.context.waitForEvent('page');
  await presenter.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popup;
  await presenter.getByRole('checkbox', { name: 'Show room answers on screen' }).check();
  await projector.getByRole('region', { name: 'Accountability' }).waitFor();
  // Every answer the presenter lists is on screen or counted in its part's "+ N more".
  const listed = await presenter
    .locator('.room-answers .room-part')
    .evaluateAll((parts) =>
      parts.map((part) => `${part.getAttribute('aria-label')}: ${part.querySelectorAll('.room-groups > li:not(.held)').length}`),
    );
  for (const size of [...PROJECTOR_SIZES, { width: 1024, height: 768 }]) {
    const box = await screenAt(projector, size, 300);
    expect(box).toEqual({ docWidth: size.width, docHeight: size.height, overflow: false });
    await projector.screenshot({ path: `test-results/room-answers-crosswalk-${size.width}x${size.height}.png` });
    // Readable from the back of the room: the projector's type floor, nothing running out of its note.
    const measured = await measureScreen(projector);
    expect(measured.smallestText, `at ${size.width}`).toBeGreaterThanOrEqual((24 * size.height) / 720 - 0.01);
    expect(measured.spills, `at ${size.width}`).toEqual([]);
    const counted = await projector.locator('.screen-room-part').evaluateAll((parts) =>
      parts.map((part) => {
        const shown = part.querySelectorAll('li:not([hidden])').length;
        const more = Number(/\d+/.exec(part.querySelector<HTMLElement>('[data-more]')?.dataset.more ?? '')?.[0] ?? 0);
        return `${part.getAttribute('aria-label')}: ${shown + more}`;
      }),
    );
    expect(counted, `at ${size.width}`).toEqual(listed);
    // Every part shows at least its most frequent answer, however tight the screen.
    const empty = await projector
      .locator('.screen-room-part')
      .evaluateAll((parts) =>
        parts.filter((part) => !part.querySelector('li:not([hidden])')).map((part) => part.getAttribute('aria-label')),
      );
    expect(empty, `at ${size.width}`).toEqual([]);
  }
  expect(await projector.locator('.screen').innerText()).toContain('120 participants shared');
});

/** The projector at one window size: how large its page is, and whether its screen overflows. */
async function screenAt(projector: Page, size: { width: number; height: number }, settleMs: number) {
  await projector.setViewportSize(size);
  await projector.waitForTimeout(settleMs);
  return projector.evaluate(() => {
    const screen = document.querySelector('.screen')!;
    return {
      docWidth: document.documentElement.scrollWidth,
      docHeight: document.documentElement.scrollHeight,
      overflow: screen.scrollHeight > screen.clientHeight + 1,
    };
  });
}

test('deleting a session from the library deletes the room’s answers with it; Undo brings both back', async () => {
  const presenter = await roomOfThree('Fresno cohort');
  const sessionAddress = presenter.url();
  const storedAnswers = async () => (await readStored<unknown[]>(presenter, 'contributions')).length;
  expect(await storedAnswers()).toBe(1);

  await presenter.getByRole('link', { name: '← Library' }).click();
  await presenter.getByRole('button', { name: 'Delete session Fresno cohort' }).click();
  const confirm = presenter.getByRole('dialog', { name: 'Delete the session “Fresno cohort”?' });
  expect(await confirm.innerText()).toContain('the answers added from the room');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await presenter.getByText('Deleted “Fresno cohort”.').waitFor();
  await expect.poll(storedAnswers).toBe(0);

  await presenter.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(storedAnswers).toBe(1);
  await presenter.goto(sessionAddress);
  await presenter.getByText('3 contributions from participants').waitFor();
});

/** A facilitator's session named `name`, with three participants' contributions added. */
async function roomOfThree(name: string): Promise<Page> {
  const facilitator = await openBrowser();
  opened.push(facilitator);
  const presenter = facilitator.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  const naming = presenter.getByRole('dialog');
  await naming.getByRole('textbox', { name: 'Session name' }).fill(name);
  await naming.getByRole('button', { name: 'Start the session' }).click();
  await presenter.getByRole('heading', { name: 'Room answers' }).waitFor();
  await dropFiles(presenter, '.room-answers', largeRoom(3));
  await presenter.getByText('3 contributions added.').waitFor();
  return presenter;
}

test('a backup carries the room’s answers to another browser: the restored session shows the same room', async () => {
  const presenter = await roomOfThree('Fresno cohort');
  await presenter.getByText('Contributions (3)').click();
  await presenter
    .getByRole('button', { name: /^Remove contribution/ })
    .first()
    .click();
  await presenter.getByText('2 contributions from participants').waitFor();
  await presenter.getByRole('link', { name: '← Library' }).click();
  const download = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Download backup' }).click();
  const backup = join(dir, 'backup-with-room.json');
  writeFileSync(backup, readFileSync(await (await download).path()));
  await presenter.getByText('Backup downloaded: 0 worksheets, 1 session with the room’s answers.').waitFor();

  // Another laptop: a fresh browser restores the file and presents the session.
  const other = await openBrowser();
  opened.push(other);
  await other.page.goto(`${baseUrl()}/#/`);
  await other.page.getByLabel('Restore backup…').setInputFiles(backup);
  await other.page.getByText('Backup restored: 1 added.').waitFor();
  await other.page.getByRole('link', { name: 'Present Fresno cohort' }).click();
  await other.page.getByText('2 contributions from participants').waitFor();
  expect(await violations(other.page)).toEqual([]);
});
