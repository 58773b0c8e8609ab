import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createServer } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { isDejaVuFont, subsetDejaVu, subsetText } from './scripts/font-subset.mjs';
import { cutCharacters, type CutFont } from './src/pdf/commonCuts.ts';
import { opensNewWorksheet, PAGE_ADDRESSES, pageAt } from './src/paths.ts';
import { WIDE_SCREEN } from './src/ui/media.ts';
import type * as FirstFrameModule from './src/ui/firstFrameHtml.tsx';
import { policy, policyOf } from './build/csp.ts';

/** Inline scripts the build writes into index.html, by plugin, for the policy to allow by hash. */
const inlineScripts = new Map<string, string>();

function contentSecurityPolicy(): Plugin {
  let policyHeader: string | undefined;
  return {
    name: 'cpm-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy([...inlineScripts.values()]) },
          injectTo: 'head-prepend',
        },
      ],
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        policyHeader ??= policyOf(readFileSync(join(server.config.build.outDir, 'index.html'), 'utf8'));
        response.setHeader('Content-Security-Policy', policyHeader);
        next();
      });
    },
  };
}

/**
 * What every first page needs at once, whichever the address opens: Solid, the router, the
 * store, the template and a few small parts of the pages, built as one "core" chunk rather than
 * a dozen small requests (a plain HTTP/1.1 host opens only six at a time). Each page's own chunk
 * loads with its route, so one page never carries another's code; Solid's store stays with the
 * pages that use it.
 */
const CORE_SOURCE =
  /\/src\/(services|store\/(db|worksheets|errors|autosave|persistence|events|preferences|health|memory|changes)|worksheet\/(?!ops\.|replica\.)[^/]+|ui\/(focus|ProgressBar|time|clock|limitNote|fontNotice|download|modal|ConfirmDialog|pdfExport)|routes\/Loaded|ui\/(OnceOpened|AutoTextarea)|routing|backup\/files|pdf\/(fontStatus|timing))\.tsx?$/;
const CORE_PACKAGES = /\/node_modules\/(solid-js\/(dist|web)\/|@tanstack\/|@solid-primitives\/)|rolldown\/runtime/;
const inCore = (id: string) => CORE_SOURCE.test(id) || CORE_PACKAGES.test(id);

/**
 * Vite lists what the entry imports (the core chunk) as modulepreloads in index.html. The page
 * the address opens is preloaded the same way, by a small inline script that picks it from the
 * hash with the app's own pageAt(): its chunk no longer waits for the entry to run. The
 * presenter, projector, backups and the PDF load when they are used.
 */
function preloadPages(): Plugin {
  return {
    name: 'cpm-preload-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((chunk) => (chunk.type === 'chunk' ? [[chunk.fileName, chunk] as const] : [])),
        );
        /** `fileName` and every chunk it imports statically, into `into`. */
        const withImports = (fileName: string, into: Set<string>) => {
          const chunk = chunks.get(fileName);
          if (!chunk || into.has(fileName)) return into;
          into.add(fileName);
          chunk.imports.forEach((name) => withImports(name, into));
          return into;
        };
        const inHtml = new Set<string>();
        for (const chunk of chunks.values()) if (chunk.isEntry) withImports(chunk.fileName, inHtml);
        const script = pagePreloadScript(pageFiles([...chunks.values()], withImports, inHtml));
        inlineScripts.set('page preload', script);
        // Before the stylesheet: a script after one waits for it to load.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script to put the page preload before.');
        return `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`;
      },
    },
  };
}

type BuiltChunk = { name: string; fileName: string; viteMetadata?: { importedCss: Set<string> } };

/** For each page, its chunk, the chunks it imports and their CSS, less what index.html already lists. */
function pageFiles(chunks: BuiltChunk[], withImports: (file: string, into: Set<string>) => Set<string>, inHtml: Set<string>) {
  const byPage: Record<string, string[]> = {};
  for (const { page } of PAGE_ADDRESSES) {
    const chunk = chunks.find((candidate) => candidate.name === page);
    if (!chunk) throw new Error(`No chunk named ${page}: src/paths.ts names a page that src/pages.ts does not load.`);
    const js = [...withImports(chunk.fileName, new Set())].filter((file) => !inHtml.has(file));
    const css = js.flatMap((file) => [...(chunks.find((candidate) => candidate.fileName === file)?.viteMetadata?.importedCss ?? [])]);
    byPage[page] = [...new Set([...js, ...css])].map((file) => `./${file}`);
  }
  return byPage;
}

/** The inline script that preloads the opened page's files while the entry is still downloading. */
function pagePreloadScript(files: Record<string, string[]>): string {
  const pick = `(${pageAt.toString()})(location.hash, ${JSON.stringify(PAGE_ADDRESSES)})`;
  return `(${preloadFiles.toString()})(${JSON.stringify(files)}[${pick}] || []);`;
}

/** Runs in the page, from its source: a modulepreload for each script, a stylesheet for each CSS file. */
function preloadFiles(files: string[]) {
  for (const href of files) {
    const link = document.createElement('link');
    link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
}

/**
 * The app's one stylesheet (16 KB, 4 KB gzip) goes into index.html: every page needs it before
 * it can draw, and a request of its own would hold the first frame back by a round trip. The
 * page is cached by the service worker, so nothing is downloaded twice.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'cpm-inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const link = html.match(/<link rel="stylesheet"[^>]* href="\.\/(assets\/[^"]+\.css)">/);
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== 'asset') throw new Error('index.html links no stylesheet of the build to inline.');
        delete bundle![link[1]!];
        return html.replace(link[0], () => `<style>${String(asset.source)}</style>`);
      },
    },
  };
}

/**
 * A /new link shows its form as soon as the page and its stylesheet arrive, before the app's
 * code has: the build renders the worksheet's first frame (src/ui/FirstFrame.tsx) with Solid's
 * server renderer, once for each layout, and a small inline script puts the one for this screen
 * in place. The page takes it over with what was typed (src/ui/takeOverFirstFrame.ts).
 */
function firstFrame(): Plugin {
  return {
    name: 'cpm-first-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const frames = await renderFirstFrames();
        const script = `(${showFirstFrame.toString()})(${opensNewWorksheet.toString()}, ${JSON.stringify(WIDE_SCREEN)});`;
        inlineScripts.set('first frame', script);
        const at = html.indexOf('<div id="app"></div>');
        if (at < 0) throw new Error('index.html has no <div id="app"></div> to draw the first frame in.');
        const end = at + '<div id="app"></div>'.length;
        const templates = `<template id="first-frame-wide">${frames.wide}</template><template id="first-frame-narrow">${frames.narrow}</template>`;
        return `${html.slice(0, end)}\n    ${templates}\n    <script>${script}</script>${html.slice(end)}`;
      },
    },
  };
}

/** The first frame's HTML for wide and narrow screens, rendered in Node from the app's own components. */
async function renderFirstFrames(): Promise<{ wide: string; narrow: string }> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // It renders one module once: scanning dependencies to pre-bundle them only warned in the build log.
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [solid({ ssr: true, solid: { hydratable: false } })],
  });
  try {
    const { firstFrameHtml } = (await server.ssrLoadModule('/src/ui/firstFrameHtml.tsx')) as typeof FirstFrameModule;
    return { wide: firstFrameHtml(true), narrow: firstFrameHtml(false) };
  } finally {
    await server.close();
  }
}

/**
 * Runs in the page, from its source, as the body is parsed (after the stylesheet has loaded):
 * on a /new link, the frame for this screen goes into #app. Leaving by the frame's own link
 * takes it away; the app is not there yet to do so.
 */
function showFirstFrame(opens: (hash: string) => boolean, wideQuery: string) {
  if (!opens(location.hash)) return;
  const template = document.getElementById(
    matchMedia(wideQuery).matches ? 'first-frame-wide' : 'first-frame-narrow',
  ) as HTMLTemplateElement;
  const frame = template.content.firstElementChild!.cloneNode(true) as Element;
  document.getElementById('app')!.appendChild(frame);
  addEventListener('hashchange', () => frame.remove(), { once: true });
}

/** Every character of a cut, as the text a subsetter keeps. */
const cutText = (font: CutFont) => [...cutCharacters(font)].join('');

/**
 * Fonts the PDF imports are built from copies cut down (scripts/font-subset.mjs): every DejaVu
 * face to the scripts the product promises, half the bytes for every first visit; a Chinese or
 * Korean font imported with `?cut` to its common characters (src/pdf/commonCuts.ts), a third
 * and a sixth of the whole font. The copy is what Vite hashes and emits, so a changed cut gets
 * a new name.
 */
function subsetFonts(): Plugin {
  const folder = resolve('node_modules/.cache/cpm-subset-fonts');
  const made = new Map<string, Promise<string>>();
  const copyOnce = (name: string, make: () => Promise<Uint8Array>) => {
    let copy = made.get(name);
    if (!copy) {
      copy = (async () => {
        const target = join(folder, name);
        await mkdir(folder, { recursive: true });
        await writeFile(target, await make());
        return target;
      })();
      made.set(name, copy);
    }
    return copy;
  };
  const CUTS: Record<string, CutFont> = { 'NotoSansSC_400Regular.ttf': 'cjk', 'NotoSansKR_400Regular.ttf': 'hangul' };
  return {
    name: 'cpm-subset-fonts',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      const [path = '', query = ''] = source.split('?');
      const params = query.split('&');
      const cut = params.includes('cut') ? CUTS[basename(path)] : undefined;
      if (!isDejaVuFont(path) && !cut) return null;
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      if (!resolved) return null;
      const file = resolved.id;
      const copy = cut
        ? await copyOnce(basename(file).replace(/\.ttf$/, '.cut.ttf'), async () => subsetText(await readFile(file), cutText(cut)))
        : await copyOnce(basename(file), async () => subsetDejaVu(await readFile(file)));
      const rest = params.filter((param) => param && param !== 'cut').join('&');
      return rest ? `${copy}?${rest}` : copy;
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    preloadPages(),
    firstFrame(),
    inlineStylesheet(),
    contentSecurityPolicy(),
    subsetFonts(),
    VitePWA({
      // A new version waits for the user's "reload": a tab is never reloaded mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        // The installed app's identity: without it a browser keys it on start_url.
        id: './',
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
        // The app shell, the PDF chunk and the Latin/Vietnamese/Cyrillic fonts, so export works
        // offline after the first visit. The Chinese and Korean fonts (17 MB) are left out: they
        // download at the first export that needs them (ON_DEMAND in src/pdf/fontFiles.ts).
        globPatterns: ['**/*.{html,js,css,svg,png,ttf,txt,webmanifest}'],
        globIgnores: ['**/NotoSans*.ttf'],
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
    rollupOptions: {
      // The per-plugin timing report is for profiling the build, not for every build's log.
      checks: { bundlerTimings: false },
      external: ['html2canvas', 'canvg', 'dompurify'],
      output: {
        codeSplitting: {
          groups: [{ name: 'core', test: inCore }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        // Node's builds of packages (ws, the provider), as the room server and bench run them.
        resolve: { conditions: ['node', 'import', 'default'] },
        test: { name: 'room', environment: 'node', include: ['tests/room/**/*.test.ts'] },
      },
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
