/** "1 contribution", "3 contributions": a count with its noun. */
export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
