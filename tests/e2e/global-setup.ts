import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

/** Serves the production build (made by `npm test` just before) on loopback for every e2e file. */
export default async function setup(project: TestProject) {
  const server = await preview({
    configFile: 'vite.config.ts',
    // Any Host header: the plain-http tests reach this server by a name that is not loopback.
    preview: { host: '127.0.0.1', port: 4317, strictPort: false, allowedHosts: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
