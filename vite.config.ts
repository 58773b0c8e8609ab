import { defineConfig, type Plugin } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page may run only its own scripts and talk only to its own origin. A meta tag, so
 * the policy holds on any static host; the preview server sends it as a header too.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'cpm-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * Lists every lazily loaded chunk except the PDF's in index.html as a modulepreload, so the
 * browser fetches pages and the store alongside the entry instead of one after another.
 */
function preloadPages(): Plugin {
  return {
    name: 'cpm-preload-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        return Object.values(bundle ?? {})
          .filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry && !/\/src\/pdf\//.test(chunk.facadeModuleId ?? ''))
          .map((chunk) => chunk.fileName)
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    preloadPages(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits for the user's "reload": a tab is never reloaded mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'CPM Workshop',
        short_name: 'CPM Workshop',
        description: 'The CPM two-level intervention worksheet, saved on this device only.',
        lang: 'en-US',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f3f1ec',
        theme_color: '#1d4e5f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, the PDF chunk and every font, so export works with no network at all.
        globPatterns: ['**/*.{html,js,css,svg,png,ttf,webmanifest}'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Relative asset paths, so the build also works opened from a file share or a sub-folder.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // jsPDF's optional HTML-to-canvas, SVG and sanitizer add-ons: we draw real text, never use them.
    rollupOptions: { external: ['html2canvas', 'canvg', 'dompurify'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: { conditions: ['browser', 'development'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
