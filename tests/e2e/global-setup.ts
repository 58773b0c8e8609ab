import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Starts the built room server (`npm start`'s) on a port of its own and waits until it answers. */
export async function startBuiltServer(port: number, data: string, extra: string[] = []): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['dist-server/room.js', '--port', String(port), '--data', data, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`The room server stopped: ${output}`);
    if (
      await fetch(`${url}/api/room`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The room server did not answer on ${url}: ${output}`);
}

/** Serves the production build (made by `npm test` just before) with the server `npm start` runs, for every e2e file. */
export default async function setup(project: TestProject) {
  const data = mkdtempSync(join(tmpdir(), 'cpm-e2e-room-'));
  const server = await startBuiltServer(4317, data);
  project.provide('baseUrl', server.url);
  return async () => {
    server.process.kill('SIGTERM');
    await new Promise((resolve) => server.process.once('exit', resolve));
    rmSync(data, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
