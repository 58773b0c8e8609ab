/** "1,000" as the app's English text writes a count (and `formatLimit` a limit). */
export const count = (n: number) => n.toLocaleString('en-US');

/** "1 contribution", "1,000 contributions": a count with its noun. */
export const plural = (n: number, one: string) => `${count(n)} ${one}${n === 1 ? '' : 's'}`;
