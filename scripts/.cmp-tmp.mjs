import { preview } from 'vite';
import { serveFloor } from './bench/floor.mjs';
import { firstFieldMs } from './bench/start.mjs';
const floor = await serveFloor();
const srv = (root, port) => preview({ root, configFile: false, build: { outDir: root + '/dist' }, preview: { host: '127.0.0.1', port, strictPort: false }, logLevel: 'silent' });
const before = await srv('/tmp/base11', 4381);
const after = await srv(process.cwd(), 4382);
const url = (s) => s.resolvedUrls.local[0].replace(/\/$/, '');
const r = { floor: [], before: [], after: [] };
for (let i = 0; i < 9; i++) {
  r.floor.push(Math.round(await firstFieldMs(`${floor.url}/`)));
  r.before.push(Math.round(await firstFieldMs(`${url(before)}/#/new`)));
  r.after.push(Math.round(await firstFieldMs(`${url(after)}/#/new`)));
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(JSON.stringify(r), 'median', med(r.floor), med(r.before), med(r.after), 'min', Math.min(...r.floor), Math.min(...r.before), Math.min(...r.after));
await Promise.all([floor.server.close(), before.close(), after.close()]);
