import { defineConfig, type Plugin } from 'vitest/config';
import solid from 'vite-plugin-solid';

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
  plugins: [solid(), preloadPages()],
  // Relative asset paths, so the build also works opened from a file share or a sub-folder.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // jsPDF's optional HTML-to-canvas, SVG and sanitizer add-ons: we draw real text, never use them.
    rollupOptions: { external: ['html2canvas', 'canvg', 'dompurify'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
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
