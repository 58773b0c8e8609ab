import { createHash } from 'node:crypto';

/**
 * The app's Content-Security-Policy, in one place for whoever serves it: the build writes it into
 * index.html's meta tag (so it holds on any static host), and a server reads it back from the built
 * page with `policyOf` to send it as a header. The page may run only its own scripts (inline ones
 * by their hash, nothing else inline) and talk only to its own origin.
 */
export function policy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy a built index.html carries in its meta tag, as a header sends it. */
export function policyOf(html: string): string {
  const content = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!content) throw new Error('The built index.html has no Content-Security-Policy.');
  return content.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
