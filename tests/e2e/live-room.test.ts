import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, browsersForEachTest, lanUrl } from './browser';
import { startBuiltServer } from './global-setup';
import { readPdf } from '../pdf/text';

const browsers = browsersForEachTest();
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.html.slice(0, 200)).join(' | ')}`);

/** A facilitator starts a session and opens its live room; returns the presenter and the join link. */
async function openLiveRoom() {
  const { page } = await browsers.open();
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: 'Facilitate a session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Open a live room' }).click();
  const qr = page.getByRole('img', { name: /^QR code: Join at 127\.0\.0\.1:\d+ · code [A-Z2-9]{6}$/ });
  await qr.waitFor();
  const link = (await page.getByRole('link', { name: 'Join link' }).getAttribute('href'))!;
  return { presenter: page, link };
}

/** A participant opens the join link in a browser of their own, types their levels at a person's pace, and starts sharing. */
async function participant(link: string, levels: [string, string], reflection: string, lan = false) {
  const { page } = await browsers.open(undefined, { lan });
  await page.goto(lan ? link.replace(baseUrl(), lanUrl()) : link);
  await page.getByRole('heading', { name: /^Live room:/ }).waitFor();
  expect(page.url()).not.toContain('k=');
  await page.getByRole('status').filter({ hasText: 'Nothing is shared until you start sharing' }).waitFor();
  await textbox(page, 'Level 1').pressSequentially(levels[0], { delay: 120 });
  await textbox(page, 'Level 2').pressSequentially(levels[1], { delay: 120 });
  await textbox(page, 'My Role to Support CPM at the Family Level:').fill(reflection);
  await page.getByRole('button', { name: 'Start sharing' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Live with / })
    .waitFor();
  return page;
}

test('a facilitator opens a live room; three participants join by its link and share as they type; stop sharing takes an answer out', async () => {
  const { presenter, link } = await openLiveRoom();
  expect(await violations(presenter)).toEqual([]);
  const panel = presenter.locator('.room-answers');
  const ana = await participant(link, ['Family', 'System'], 'PRIVATE-ANA');
  const bao = await participant(link, ['family level', 'the system'], 'PRIVATE-BAO', true);
  const chris = await participant(link, ['Family', 'Community'], 'PRIVATE-CHRIS');
  expect(await violations(chris)).toEqual([]);

  await presenter.getByText('3 participants in the room · 3 sharing').waitFor();
  await panel.getByText('2 of 3 named both levels').waitFor();
  expect(await panel.innerText()).toContain('3 contributions from participants');
  expect(await presenter.locator('body').innerText()).not.toMatch(/PRIVATE-/);

  // Typing more reaches the presenter after a pause, counted once.
  await textbox(chris, 'Level 2').fill('');
  await textbox(chris, 'Level 2').pressSequentially('System', { delay: 150 });
  await panel.getByText('3 of 3 named both levels').waitFor();

  // Reloading rejoins as the same participant: still three.
  await bao.reload();
  await bao
    .getByRole('status')
    .filter({ hasText: /^Live with / })
    .waitFor();
  await presenter.getByText('3 participants in the room · 3 sharing').waitFor();

  await ana.getByRole('button', { name: 'Stop sharing' }).click();
  await ana.getByRole('status').filter({ hasText: 'Nothing is shared until you start sharing' }).waitFor();
  await presenter.getByText('3 participants in the room · 2 sharing').waitFor();
  await panel.getByText('2 of 2 named both levels').waitFor();

  // The synthesis is kept in the session: a presenter reload shows it before anyone types again.
  await presenter.reload();
  await presenter.locator('.room-answers').getByText('2 of 2 named both levels').waitFor();

  await presenter.getByRole('button', { name: 'End the room' }).click();
  await chris.getByRole('status').filter({ hasText: 'Not shared: the room has ended.' }).waitFor();
  await chris.getByRole('button', { name: 'Download backup' }).waitFor();
  await presenter.getByRole('button', { name: 'Open a live room' }).waitFor();
  await presenter.locator('.room-answers').getByText('2 of 2 named both levels').waitFor();
});

test('a participant joins from the library by typing the code; while joining is closed they are told so, and nothing is started', async () => {
  const { presenter, link } = await openLiveRoom();
  const code = /\/join\/([A-Z2-9]{6})/.exec(link)![1]!;
  await presenter.getByRole('button', { name: 'Close joining' }).click();
  await presenter.getByRole('button', { name: 'Open joining' }).waitFor();

  const { page } = await browsers.open();
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('link', { name: 'Join a live room' }).click();
  await page
    .getByRole('textbox', { name: 'Room code' })
    .pressSequentially(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`, { delay: 120 });
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'The facilitator has closed joining.' }).waitFor();
  expect(page.url()).toContain('#/join');

  await presenter.getByRole('button', { name: 'Open joining' }).click();
  await presenter.getByRole('button', { name: 'Close joining' }).waitFor();
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: /^Live room:/ }).waitFor();
  await presenter.getByText('1 participant in the room · 0 sharing').waitFor();
  // The library lists the one worksheet the room started, no empty ones from the refused try.
  await page.goto(`${baseUrl()}/#/`);
  const opens = page.getByRole('link', { name: /^Open / });
  await opens.first().waitFor();
  expect(await opens.count()).toBe(1);
});

test('the projector shows how to join, large, from the moment the room opens until the facilitator hides it; late joiners can get it back', async () => {
  const { presenter } = await openLiveRoom();
  const projector = await presenter.context().newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(presenter.url().replace('/present/', '/project/'));
  const line = /^Join at 127\.0\.0\.1:\d+ · code [A-Z2-9]{6}$/;
  const qr = projector.getByRole('img', { name: /^QR code: Join at 127\.0\.0\.1:\d+ · code [A-Z2-9]{6}$/ });
  await qr.waitFor();
  // Large enough to scan from the back of the room: most of the screen's height.
  expect((await qr.boundingBox())!.height).toBeGreaterThan(720 * 0.5);
  expect(await projector.getByText(line).count()).toBe(1);
  expect(await violations(projector)).toEqual([]);

  await presenter.getByRole('button', { name: 'Hide the join screen' }).click();
  await qr.waitFor({ state: 'detached' });
  await projector.locator('.screen-prompt').waitFor();
  // A projector reloaded meanwhile shows what the facilitator chose.
  await projector.reload();
  await projector.locator('.screen-prompt').waitFor();
  expect(await qr.count()).toBe(0);

  await presenter.getByRole('button', { name: 'Show the join screen' }).click();
  await qr.waitFor();
  await presenter.getByRole('button', { name: 'End the room' }).click();
  await qr.waitFor({ state: 'detached' });
  await projector.locator('.screen-prompt').waitFor();
});

test('hold for review: new answers wait for the facilitator before the projector shows them, also after a projector reload', async () => {
  const { presenter, link } = await openLiveRoom();
  const projector = await presenter.context().newPage();
  await projector.goto(presenter.url().replace('/present/', '/project/'));
  await presenter.getByRole('button', { name: 'Hide the join screen' }).click();
  await presenter.getByRole('checkbox', { name: 'Show room answers on screen' }).check();
  await participant(link, ['Family', 'System'], 'PRIVATE-ANA');
  await projector.getByText('1 of 1 named both levels').waitFor();

  await presenter.getByRole('checkbox', { name: 'Hold new answers for review' }).check();
  await presenter.getByRole('status').filter({ hasText: 'Nothing held for review' }).waitFor();
  await participant(link, ['Family', 'Community'], 'PRIVATE-BAO');
  const panel = presenter.locator('.room-answers');
  // The facilitator reads the new answer; the projector does not show it yet.
  await panel.getByText('1 of 2 named both levels').waitFor();
  await presenter.getByRole('status').filter({ hasText: '1 held for review' }).waitFor();
  expect(await projector.getByText('1 of 1 named both levels').count()).toBe(1);
  await projector.reload();
  await projector.getByText('1 of 1 named both levels').waitFor();
  expect(await violations(presenter)).toEqual([]);

  await presenter.getByRole('button', { name: 'Show held answers on screen' }).click();
  await projector.getByText('1 of 2 named both levels').waitFor();
  await presenter.getByRole('status').filter({ hasText: 'Nothing held for review' }).waitFor();
  // Turning the hold off shows whatever comes next at once.
  await presenter.getByRole('checkbox', { name: 'Hold new answers for review' }).uncheck();
  expect(await presenter.getByRole('button', { name: 'Show held answers on screen' }).count()).toBe(0);
});

test('the room server is killed while a participant types and restarted: nothing lost, nothing counted twice', async () => {
  const data = mkdtempSync(join(tmpdir(), 'cpm-e2e-restart-'));
  const port = 4327;
  let server = await startBuiltServer(port, data);
  const origin = server.url;
  try {
    const { page: presenter } = await browsers.open(undefined, { origin });
    await presenter.goto(`${origin}/#/`);
    await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
    await presenter.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
    await presenter.getByRole('button', { name: 'Open a live room' }).click();
    const link = (await presenter.getByRole('link', { name: 'Join link' }).getAttribute('href'))!;
    const { page } = await browsers.open(undefined, { origin });
    await page.goto(link);
    await textbox(page, 'Level 1').pressSequentially('Family', { delay: 120 });
    await page.getByRole('button', { name: 'Start sharing' }).click();
    await presenter.getByText('1 participant in the room · 1 sharing').waitFor();

    server.process.kill('SIGKILL');
    await page.getByRole('status').filter({ hasText: 'Reconnecting… your answers are saved on this device.' }).waitFor();
    await textbox(page, 'Level 2').pressSequentially('System', { delay: 120 });
    server = await startBuiltServer(port, data);

    await page
      .getByRole('status')
      .filter({ hasText: /^Live with / })
      .waitFor({ timeout: 15_000 });
    const panel = presenter.locator('.room-answers');
    await panel.getByText('1 of 1 named both levels').waitFor({ timeout: 15_000 });
    await presenter.getByText('1 participant in the room · 1 sharing').waitFor();
    expect(await panel.innerText()).toContain('1 contribution from participants');
  } finally {
    server.process.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
});

/** A participant opens the join link and waits in the room, sharing nothing. */
async function joiner(link: string, options: { lan?: boolean; phone?: boolean } = {}) {
  const { page } = await browsers.open(undefined, { lan: options.lan });
  if (options.phone) await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(options.lan ? link.replace(baseUrl(), lanUrl()) : link);
  await page.getByRole('status').filter({ hasText: 'Nothing is shared until you start sharing' }).waitFor();
  return page;
}

/** Votes at a person's pace: each name is an idea to vote for, or "-idea" to take a vote back. */
async function vote(page: Page, ...steps: string[]) {
  for (const step of steps) {
    const back = step.startsWith('-');
    const idea = back ? step.slice(1) : step;
    await page.getByRole('button', { name: back ? `Take back a vote from “${idea}”` : `Vote for “${idea}”` }).click();
    await page.waitForTimeout(250);
  }
}

test('voting counts: participants place their votes on their devices; the presenter counts them, the projector shows them when asked, the board PDF keeps them', async () => {
  const { presenter, link } = await openLiveRoom();
  await presenter.getByRole('button', { name: 'Hide the join screen' }).click();
  await presenter
    .getByRole('navigation', { name: 'Exercises' })
    .getByRole('button', { name: /organizational factors/ })
    .click();
  const voting = presenter.getByRole('region', { name: 'Dot voting' });
  await voting.getByText('Add ideas to the board first').waitFor();
  for (const idea of ['Coaching time', 'Data dashboards', 'Peer mentors']) {
    await presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' }).pressSequentially(idea, { delay: 40 });
    await presenter.keyboard.press('Enter');
  }
  const projector = await presenter.context().newPage();
  await projector.goto(presenter.url().replace('/present/', '/project/'));
  await projector.getByText('Peer mentors').waitFor();

  const ana = await joiner(link);
  const bao = await joiner(link, { lan: true, phone: true });
  const chris = await joiner(link);
  expect(await voting.getByRole('spinbutton', { name: 'Votes for each participant' }).inputValue()).toBe('3');
  await voting.getByRole('button', { name: 'Open voting' }).click();
  await voting.getByRole('status').filter({ hasText: 'Voting is open · 0 participants voted · 0 votes' }).waitFor();

  await ana.getByRole('heading', { name: 'Vote on the room’s ideas' }).waitFor();
  await vote(ana, 'Coaching time', 'Coaching time', 'Data dashboards', 'Peer mentors');
  await ana.getByRole('status').filter({ hasText: 'All 3 votes placed. Take one back to move it.' }).waitFor();
  await bao.getByRole('heading', { name: 'Vote on the room’s ideas' }).waitFor();
  expect(await violations(bao)).toEqual([]);
  await vote(bao, 'Peer mentors', '-Peer mentors', 'Data dashboards');
  await bao.getByRole('status').filter({ hasText: '2 votes left of 3' }).waitFor();
  // Chris votes from the keyboard alone.
  await chris.getByRole('button', { name: 'Vote for “Data dashboards”' }).focus();
  for (const key of ['Enter', 'Enter', 'Tab', 'Tab', 'Enter']) {
    await chris.keyboard.press(key);
    await chris.waitForTimeout(200);
  }
  await chris.getByRole('status').filter({ hasText: 'All 3 votes placed' }).waitFor();

  await voting.getByRole('status').filter({ hasText: 'Voting is open · 3 participants voted · 7 votes' }).waitFor();
  const results = () => voting.getByRole('list', { name: 'Votes, most first' }).getByRole('listitem').allInnerTexts();
  expect(await results()).toEqual(['4 votes Data dashboards', '2 votes Coaching time', '1 vote Peer mentors']);
  expect(await violations(presenter)).toEqual([]);

  // The projector shows nothing of the votes until the facilitator shows them.
  expect(await projector.getByText(/votes? each/).count()).toBe(0);
  await voting.getByRole('checkbox', { name: 'Show the votes on screen' }).check();
  await projector.getByText('3 participants voted · 3 votes each').waitFor();
  const onScreen = () => projector.getByRole('region', { name: 'Votes' }).getByRole('listitem').allInnerTexts();
  await expect
    .poll(async () => (await onScreen()).map((t) => t.replace(/\s+/g, ' ')))
    .toEqual(['4 votes Data dashboards', '2 votes Coaching time', '1 vote Peer mentors']);
  expect(await violations(projector)).toEqual([]);

  // A reload keeps the participant's votes, counted once.
  await bao.reload();
  await bao.getByText('Your votes: 1').waitFor();
  await bao.getByRole('status').filter({ hasText: '2 votes left of 3' }).waitFor();
  await vote(bao, 'Coaching time');
  await voting.getByRole('status').filter({ hasText: 'Voting is open · 3 participants voted · 8 votes' }).waitFor();

  await voting.getByRole('button', { name: 'Close voting' }).click();
  await ana.getByRole('heading', { name: 'Vote on the room’s ideas' }).waitFor({ state: 'detached' });
  await voting.getByRole('status').filter({ hasText: 'Voting is closed · 3 participants voted · 8 votes' }).waitFor();

  // The count outlives the room: ended, reloaded, it is still the presenter's and on the board PDF.
  await presenter.getByRole('button', { name: 'End the room' }).click();
  await presenter.getByRole('button', { name: 'Open a live room' }).waitFor();
  await presenter.reload();
  await voting.getByRole('status').filter({ hasText: 'Voting is closed · 3 participants voted · 8 votes' }).waitFor();
  expect(await results()).toEqual(['4 votes Data dashboards', '3 votes Coaching time', '1 vote Peer mentors']);
  const download = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Export board PDF' }).click();
  const pdf = await readPdf(new Uint8Array(readFileSync(await (await download).path())));
  const text = pdf.all.replace(/\s+/g, ' ');
  expect(text).toContain('Votes from the room: 3 participants voted, 3 votes each');
  expect(text.indexOf('4 votes Data dashboards')).toBeGreaterThan(-1);
  expect(text.indexOf('3 votes Coaching time')).toBeGreaterThan(text.indexOf('4 votes Data dashboards'));
});
