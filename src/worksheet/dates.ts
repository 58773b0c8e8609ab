/**
 * One date format across the product's PDFs: the user's locale, long form ("November 24, 2026").
 * A value that is not a YYYY-MM-DD date is printed as typed.
 */
export function longDate(iso: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
