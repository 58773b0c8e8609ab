// The live room under load: 50 and 200 participants, each sharing about once a second, against
// one room server (dist-server/room.js, a child process so its memory and CPU are its own), and
// beside it a floor: a bare `ws` relay, also a child process, carrying messages of the same size
// at the same rate from the same count of clients to one presenter socket. Latency is from a
// participant's write to the change arriving in the presenter's copy (its Y.Doc for the app, its
// socket for the floor); the app's own 250 ms report batching (src/room/presenterRoom.ts) comes
// after that and is not in these figures. Every client lives in this process, so one clock serves.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import { createServer } from 'vite';
import * as Y from 'yjs';
import { ratio } from './profile.mjs';

const SIZES = [50, 200];
/** Long enough for ~12 shares each (2,400 samples at 200, so the p99 is 24 of them), short enough for 2 minutes in all. */
const SHARING_MS = 12_000;
/** How long the last shares may take to arrive before the rest count as mismatches. */
const SETTLE_MS = 10_000;
// A room exercise with a long-text prompt (src/worksheet/template.ts): the server checks every
// update with the app's validator, and a share outside the template gets the connection refused.
const EXERCISE = 'benefits';
const PROMPT = 'benefits.families';
/** Linux's clock ticks per second in /proc/<pid>/stat. */
const TICKS = 100;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round1 = (value) => Math.round(value * 10) / 10;
const mb = (kB) => round1(kB / 1024);

/** The value at fraction `p` of the samples, by nearest rank. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

async function until(condition, ms) {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await sleep(20);
  return condition();
}

/* ---------- Child processes and what /proc says about them ---------- */

/** Peak and current memory (kB) and CPU ticks (user + system) of a process, from /proc. */
function processFigures(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  // The command name may hold spaces: the fields counted from 3 start after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { peakKB: kB('VmHWM'), rssKB: kB('VmRSS'), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** Starts a Node child and waits for the line that says it listens; its port is the first number caught. */
async function startChild(name, args, listening) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  child.stderr.on('data', (chunk) => log.push(...String(chunk).trim().split('\n')));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const match = listening.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before listening: ${log.join(' ')}`)));
  });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    if ((await Promise.race([exited, sleep(3_000).then(() => 'late')])) === 'late') child.kill('SIGKILL');
  };
  return { pid: child.pid, port, log, stop };
}

/**
 * The floor's server: every participant message goes to the presenter socket(s), nothing else.
 * Run from its source in a Node of its own that loads ws alone, so its memory is a bare relay's.
 */
function serveRelay(WebSocketServer) {
  const relay = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  const presenters = new Set();
  relay.on('connection', (socket, request) => {
    if (request.url === '/presenter') {
      presenters.add(socket);
      socket.on('close', () => presenters.delete(socket));
      return;
    }
    socket.on('message', (data) => {
      for (const presenter of presenters) presenter.send(data);
    });
  });
  relay.on('listening', () => console.log(`relay on ${relay.address().port}`));
  process.on('SIGTERM', () => process.exit(0));
}

/* ---------- What a participant shares ---------- */

const shareText = (seq) => `Families feel heard and respected because we team early; seq ${seq} at ${performance.now().toFixed(3)}`;
/** The exercise's slice as src/room/projection.ts shareMap writes it: the JSON of its answers. */
const sliceJson = (text) => JSON.stringify({ text: { [PROMPT]: text } });

/** The sequence number and write time a share carries, or undefined before the first. */
function readShare(json) {
  if (typeof json !== 'string') return undefined;
  const match = /seq (\d+) at ([\d.]+)/.exec(JSON.parse(json).text?.[PROMPT] ?? '');
  return match ? { seq: Number(match[1]), at: Number(match[2]) } : undefined;
}

/**
 * Bytes of one share as it goes over the room's socket (a second share, the one every later
 * share looks like): the Yjs update plus Hocuspocus's framing (document name, message and sync types).
 */
function shareMessageBytes(docName) {
  const doc = new Y.Doc();
  doc.getMap('share').set('v', 1);
  doc.getMap('share').set(EXERCISE, sliceJson(shareText(1)));
  let bytes = 0;
  doc.on('update', (update) => (bytes = update.length));
  doc.getMap('share').set(EXERCISE, sliceJson(shareText(2)));
  doc.destroy();
  return bytes + docName.length + 1 + 3;
}

/**
 * Every participant shares once a second from a random offset within the first second, for
 * SHARING_MS; `send(i, seq)` writes share `seq` of participant i. Returns how many each sent.
 */
async function shareForAWhile(count, send) {
  const sent = Array(count).fill(0);
  const timers = [];
  const tick = (i) => send(i, ++sent[i]);
  for (let i = 0; i < count; i++) {
    timers.push(
      setTimeout(() => {
        tick(i);
        timers.push(setInterval(() => tick(i), 1000));
      }, Math.random() * 1000),
    );
  }
  await sleep(SHARING_MS);
  for (const timer of timers) clearTimeout(timer);
  return sent;
}

/* ---------- The app: its own room client (src/room/connection.ts), loaded through Vite ---------- */

/** The app's connection and protocol modules, so the bench opens sockets and names documents exactly as the app does. */
let client;
async function loadAppClient() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const [connection, protocol] = await Promise.all([
      vite.ssrLoadModule('/src/room/connection.ts'),
      vite.ssrLoadModule('/src/room/protocol.ts'),
    ]);
    client = { ...connection, ...protocol };
  } finally {
    await vite.close();
  }
}

/** A socket as the app opens one, with Node's ws. */
const roomSocket = (url) => client.openRoomSocket(url, WebSocket);

/** A document on a shared socket through the app's openDoc, resolved once synced; refused is an error. */
function openDoc(socket, name, token, awareness = false) {
  return new Promise((resolve, reject) => {
    const provider = client.openDoc(
      socket,
      name,
      token,
      {
        onSynced: (doc) => resolve({ doc, provider }),
        onRefused: (reason) => reject(new Error(`${name} was refused: ${reason}`)),
      },
      awareness,
    );
  });
}

async function post(url, path, body) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * A room with `count` participants, each on a socket of their own with their share document
 * (awareness on, as the app's one heartbeat per socket) and the room state, and the presenter
 * following every share over its one socket with the facilitator token, as room-scale.test.ts does.
 */
async function connectRoom(url, count) {
  const room = await post(url, '/api/rooms', { title: 'Bench session' });
  const wsUrl = `${url.replace('http', 'ws')}/room`;
  const presenterSocket = roomSocket(wsUrl);
  const state = await openDoc(presenterSocket, client.stateDocName(room.code), room.facilitatorToken, true);
  state.doc.getMap('state').set('title', 'Bench session');
  const people = [];
  for (let i = 0; i < count; i++) people.push(await post(url, '/api/join', { token: room.joinToken }));
  const participants = await Promise.all(
    people.map(async (person) => {
      const socket = roomSocket(wsUrl);
      const own = await openDoc(socket, client.participantDocName(room.code, person.pid), person.token, true);
      const roomState = await openDoc(socket, client.stateDocName(room.code), person.token);
      return { socket, providers: [own.provider, roomState.provider], doc: own.doc };
    }),
  );
  const seen = await Promise.all(
    people.map((person) => openDoc(presenterSocket, client.participantDocName(room.code, person.pid), room.facilitatorToken)),
  );
  const close = () => {
    for (const { socket, providers } of participants) [...providers, socket].forEach((each) => each.destroy());
    [state.provider, ...seen.map((each) => each.provider), presenterSocket].forEach((each) => each.destroy());
  };
  return { participants, seen: seen.map((each) => each.doc), close };
}

/** Latency and counts from one run: the samples, what was sent, and how many ended unlike the sender's copy. */
function runFigures({ latencies, sent, mismatches, settleMs, server, idle, before, after, windowMs, clientCpu }) {
  const cpuS = (after.ticks - before.ticks) / TICKS;
  return {
    p50Ms: round1(percentile(latencies, 0.5)),
    p99Ms: round1(percentile(latencies, 0.99)),
    maxMs: round1(Math.max(...latencies)),
    shares: sent.reduce((sum, n) => sum + n, 0),
    seen: latencies.length,
    mismatches,
    settleMs: Math.round(settleMs),
    server: {
      rssIdleMB: mb(idle.rssKB),
      // Linux updates VmHWM lazily, so a reading of VmRSS can be above it: the peak is the larger.
      rssPeakMB: mb(Math.max(server.peakKB, server.rssKB, idle.rssKB, before.rssKB, after.rssKB)),
      cpuS: round1(cpuS),
      // Of one core, over sharing and settling: the window the CPU seconds are counted in.
      cpuPercent: Math.round((cpuS / (windowMs / 1000)) * 100),
    },
    clientsCpuS: round1((clientCpu.user + clientCpu.system) / 1e6),
  };
}

/** One room server, one room of `count`: connect, share for a while, settle, and count mismatches. */
async function appRun(count) {
  const server = await startChild('the room server', ['dist-server/room.js', '--port', '0', '--memory'], /http:\/\/127\.0\.0\.1:(\d+)\//);
  const idle = processFigures(server.pid);
  const room = await connectRoom(`http://127.0.0.1:${server.port}`, count);
  const latencies = [];
  room.seen.forEach((doc) => {
    let last = 0;
    // The presenter's copy changing is the arrival; presenterRoom.ts reports it at most 250 ms later.
    doc.getMap('share').observe(() => {
      const share = readShare(doc.getMap('share').get(EXERCISE));
      if (!share || share.seq <= last) return;
      latencies.push(performance.now() - share.at);
      last = share.seq;
    });
  });
  const before = processFigures(server.pid);
  const clientStart = process.cpuUsage();
  const start = performance.now();
  const sent = await shareForAWhile(count, (i, seq) => {
    const map = room.participants[i].doc.getMap('share');
    // As participantRoom.ts applies a share: only the keys that changed.
    map.doc.transact(() => {
      if (map.get('v') !== 1) map.set('v', 1);
      map.set(EXERCISE, sliceJson(shareText(seq)));
    });
  });
  const stopped = performance.now();
  const same = () =>
    room.participants.every(({ doc }, i) => doc.getMap('share').get(EXERCISE) === room.seen[i].getMap('share').get(EXERCISE));
  await until(same, SETTLE_MS);
  const settleMs = performance.now() - stopped;
  const windowMs = performance.now() - start;
  const after = processFigures(server.pid);
  const clientCpu = process.cpuUsage(clientStart);
  const mismatches = room.participants.filter(
    ({ doc }, i) => doc.getMap('share').toJSON()[EXERCISE] !== room.seen[i].getMap('share').toJSON()[EXERCISE],
  ).length;
  room.close();
  await sleep(200);
  const peak = processFigures(server.pid);
  await server.stop();
  const figures = runFigures({ latencies, sent, mismatches, settleMs, server: peak, idle, before, after, windowMs, clientCpu });
  return { ...figures, ...(server.log.length ? { serverLog: server.log.slice(0, 5) } : {}) };
}

/** The same clients, rate and message size over a bare ws relay: what any server costs at least. */
async function floorRun(count, messageBytes) {
  const source = `import { WebSocketServer } from 'ws';\n(${serveRelay.toString()})(WebSocketServer);`;
  const relay = await startChild('the ws relay', ['--input-type=module', '-e', source], /relay on (\d+)/);
  const idle = processFigures(relay.pid);
  const url = `ws://127.0.0.1:${relay.port}`;
  const opened = (socket) => new Promise((resolve, reject) => socket.once('open', () => resolve(socket)).once('error', reject));
  const presenter = await opened(new WebSocket(`${url}/presenter`));
  const clients = await Promise.all(Array.from({ length: count }, () => opened(new WebSocket(`${url}/p`))));
  const latencies = [];
  const last = Array(count).fill(0);
  presenter.on('message', (data) => {
    const { i, seq, at } = JSON.parse(String(data));
    latencies.push(performance.now() - at);
    last[i] = seq;
  });
  const before = processFigures(relay.pid);
  const clientStart = process.cpuUsage();
  const start = performance.now();
  const sent = await shareForAWhile(count, (i, seq) => {
    const message = JSON.stringify({ i, seq, at: performance.now(), pad: '' });
    clients[i].send(Buffer.from(message.replace('"pad":""', `"pad":"${'x'.repeat(Math.max(0, messageBytes - message.length))}"`)));
  });
  const stopped = performance.now();
  await until(() => last.every((seq, i) => seq === sent[i]), SETTLE_MS);
  const settleMs = performance.now() - stopped;
  const windowMs = performance.now() - start;
  const after = processFigures(relay.pid);
  const clientCpu = process.cpuUsage(clientStart);
  const mismatches = last.filter((seq, i) => seq !== sent[i]).length;
  for (const socket of [presenter, ...clients]) socket.close();
  const peak = processFigures(relay.pid);
  await relay.stop();
  return runFigures({ latencies, sent, mismatches, settleMs, server: peak, idle, before, after, windowMs, clientCpu });
}

const versus = (app, floor) => ({ app, floor, ratio: ratio(app, floor) });

/** 50 and 200 participants: the floor and then the app for each size, on the same machine load. */
export async function roomFigures() {
  await loadAppClient();
  const figures = {};
  // The app's share message size, known before the floor runs so the floor carries the same bytes.
  const messageBytes = shareMessageBytes(client.participantDocName('ABCDEF', 'x'.repeat(22)));
  for (const count of SIZES) {
    const floor = await floorRun(count, messageBytes);
    const app = await appRun(count);
    figures[count] = {
      p50Ms: versus(app.p50Ms, floor.p50Ms),
      p99Ms: versus(app.p99Ms, floor.p99Ms),
      serverRssPeakMB: versus(app.server.rssPeakMB, floor.server.rssPeakMB),
      serverCpuS: versus(app.server.cpuS, floor.server.cpuS),
      mismatches: app.mismatches,
      app,
      floor,
    };
  }
  return {
    participants: SIZES,
    sharingSeconds: SHARING_MS / 1000,
    messageBytes,
    measuredAt: "the presenter's Y.Doc (before its 250 ms batching)",
    ...figures,
  };
}
