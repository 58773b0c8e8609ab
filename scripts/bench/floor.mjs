// Builds the floor pages with the same Vite and serves them: scripts/floor/index.html (bare Solid,
// one input) and router.html (the same input behind TanStack Router, the stack's own cost).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import solid from 'vite-plugin-solid';

export async function serveFloor() {
  const outDir = mkdtempSync(join(tmpdir(), 'cpm-floor-'));
  const root = new URL('../floor/', import.meta.url).pathname;
  const config = {
    root,
    configFile: false,
    base: './',
    logLevel: 'silent',
    plugins: [solid()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { index: join(root, 'index.html'), router: join(root, 'router.html') } },
    },
  };
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 4329, strictPort: false } });
  return { server, outDir, url: server.resolvedUrls.local[0].replace(/\/$/, '') };
}
