import './print.css';

/**
 * The printed page's footer: the worksheet's title and the participant's name, as the page shows
 * them, set as a CSS string just before the browser prints (the page margin boxes read it).
 */
function footerText(): string {
  const title = document.querySelector('.worksheet-header .eyebrow')?.textContent?.trim();
  const name = document.querySelector('.worksheet-header .byline')?.textContent?.trim();
  return [title ?? document.title, name].filter(Boolean).join(' · ');
}

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks and controls made spaces. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

window.addEventListener('beforeprint', () => document.documentElement.style.setProperty('--print-footer', cssString(footerText())));
window.addEventListener('afterprint', () => document.documentElement.style.removeProperty('--print-footer'));
