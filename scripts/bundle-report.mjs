// node scripts/bundle-report.mjs: builds the app into a scratch folder and prints, for the first
// load of each page (the entry, what index.html preloads, and the page's chunk with its imports),
// the gzip bytes per chunk and per package or source folder. A module's share of its chunk's
// gzip is estimated from its own gzip size, so the shares add up to the chunk's real total.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const PAGES = ['Library', 'WorksheetPage'];
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** "@tanstack/router-core", "solid-js/web", "src/ui", …: what a module belongs to. */
function owner(id) {
  const inPackage = id.split('node_modules/').pop();
  if (inPackage !== id) return inPackage.split('/dist/')[0].split('/build/')[0];
  const local = id.replace(`${process.cwd()}/`, '').replace(/^\0/, '');
  return local.startsWith('src/') ? local.split('/').slice(0, 2).join('/') : local;
}

/** Every chunk's gzip size, static imports and modules' estimated gzip shares. */
function describe(bundle) {
  const chunks = {};
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const total = gzip(chunk.code);
    const modules = Object.entries(chunk.modules)
      .filter(([, module]) => module.code)
      .map(([id, module]) => ({ owner: owner(id), gzip: gzip(module.code) }));
    const sum = modules.reduce((n, module) => n + module.gzip, 0) || 1;
    for (const module of modules) module.share = (module.gzip / sum) * total;
    chunks[chunk.fileName] = { total, imports: chunk.imports, modules };
  }
  return chunks;
}

const outDir = mkdtempSync(join(tmpdir(), 'cpm-bundle-'));
let chunks = {};
await build({
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true },
  plugins: [{ name: 'cpm-bundle-report', enforce: 'post', generateBundle: (_options, bundle) => void (chunks = describe(bundle)) }],
});
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
rmSync(outDir, { recursive: true, force: true });
const firstFiles = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);

/** `names` and every chunk they import statically. */
function withImports(names, into = new Set()) {
  for (const name of names) {
    if (into.has(name) || !chunks[name]) continue;
    into.add(name);
    withImports(chunks[name].imports, into);
  }
  return into;
}

for (const page of PAGES) {
  const pageChunk = Object.keys(chunks).find((name) => name.startsWith(`assets/${page}-`));
  const files = [...withImports([...firstFiles, pageChunk])];
  const total = files.reduce((n, name) => n + chunks[name].total, 0);
  console.log(`\n${page}: ${kb(total)} KB gzip in ${files.length} files`);
  for (const name of files) console.log(`  ${kb(chunks[name].total).padStart(5)}  ${name}`);
  const owners = new Map();
  for (const name of files)
    for (const module of chunks[name].modules) owners.set(module.owner, (owners.get(module.owner) ?? 0) + module.share);
  console.log('  by package or folder:');
  for (const [name, bytes] of [...owners].sort((a, b) => b[1] - a[1])) if (bytes >= 100) console.log(`  ${kb(bytes).padStart(5)}  ${name}`);
}
