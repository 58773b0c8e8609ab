import { defineConfig } from 'vite';

/**
 * The room server, built for Node from server/ and the app's own pure modules (the validators,
 * limits and template it checks every update with). Packages stay in node_modules.
 */
export default defineConfig({
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'room.js' } },
  },
  publicDir: false,
  logLevel: 'warn',
});
