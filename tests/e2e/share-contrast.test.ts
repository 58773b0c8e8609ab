import { expect, test } from 'vitest';
import { browsersForEachTest } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';

const browsers = browsersForEachTest();

/** Each text's contrast as a reader sees it: its colour blended by every opacity above it onto the dialog's background. */
function seenContrasts(elements: Element[]): Array<[string, number]> {
  const rgb = (css: string) =>
    css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
  const luminance = (c: number[]) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const contrast = (element: Element) => {
    let opacity = 1;
    for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    const text = rgb(getComputedStyle(element).color);
    const background = rgb(getComputedStyle(element.closest('dialog') ?? document.body).backgroundColor);
    const seen = text.map((value, i) => value * opacity + background[i]! * (1 - opacity));
    const [light, dark] = [luminance(seen), luminance(background)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  };
  return elements.filter((el) => el.textContent?.trim()).map((el) => [el.textContent.trim(), contrast(el)]);
}

test('in the share preview, the answers left out are struck through and still readable (4.5:1)', async () => {
  const { page } = await browsers.open();
  await newWorksheetFromLibrary(page);
  await field(page, 'My Role to Support CPM at the Family Level:').fill('Coach supervisors on teaming.');
  await page.getByRole('button', { name: 'Share with the facilitator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with the facilitator' });
  const leftOut = dialog.locator('.share-exercise.unticked .share-lines').getByText('Coach supervisors on teaming.');
  await leftOut.waitFor();
  expect(await leftOut.evaluate((el) => getComputedStyle(el.closest('.share-lines')!).textDecorationLine)).toContain('line-through');
  // Every piece of text left out: the answer, its label, "Nothing written yet.".
  const contrasts = await dialog.locator('.share-exercise.unticked .share-lines *:not(:has(*))').evaluateAll(seenContrasts);
  expect(contrasts.length).toBeGreaterThan(0);
  for (const [text, contrast] of contrasts) expect({ text, readable: contrast >= 4.5 }).toEqual({ text, readable: true });
});
