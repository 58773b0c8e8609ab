import { renderUnicodeCompact } from 'uqr';
import { memoryDataDir, openDataDir } from './dataDir';
import { lanAddresses, startRoomServer } from './roomServer';

/**
 * `npm start` and `npm run room`: the built app and its live room on one port. `--lan` listens
 * on the venue network and prints where participants join; without it, only this computer can
 * reach the server. The facilitator keeps using http://127.0.0.1:4173, where their sessions are.
 */
interface Options {
  lan: boolean;
  port: number;
  data?: string;
  publicOrigin?: string;
}

function parseArgs(args: string[]): Options {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const memory = args.includes('--memory');
  return {
    lan: args.includes('--lan'),
    port: Number(value('--port') ?? process.env.PORT ?? 4173),
    ...(memory ? {} : { data: value('--data') ?? process.env.ROOM_DATA ?? '.room-data' }),
    ...(value('--public-origin') ? { publicOrigin: value('--public-origin') } : {}),
  };
}

function printWhereToJoin(options: Options, port: number) {
  const lines = [`CPM Workshop is running. Facilitator: open http://127.0.0.1:${port}/ on this computer.`];
  if (!options.lan) {
    lines.push('Only this computer can reach it. For a live room on the venue network, run: npm run room');
    console.log(lines.join('\n'));
    return;
  }
  const addresses = lanAddresses();
  if (!addresses.length) {
    lines.push('This computer has no network address: join Wi-Fi or turn on its hotspot, then run npm run room again.');
    console.log(lines.join('\n'));
    return;
  }
  const join = `http://${addresses[0]}:${port}/`;
  lines.push(`Participants join at ${addresses.map((address) => `http://${address}:${port}/`).join(' or ')}`);
  lines.push(renderUnicodeCompact(join, { border: 1 }));
  console.log(lines.join('\n'));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const room = await startRoomServer({
    dist: process.env.ROOM_DIST ?? 'dist',
    data: options.data ? openDataDir(options.data) : memoryDataDir(),
    host: options.lan ? '0.0.0.0' : '127.0.0.1',
    port: options.port,
    ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
    log: (line) => console.warn(line),
  });
  printWhereToJoin(options, room.port);
  const stop = () => void room.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? 4173} is in use: is CPM Workshop already running?` : error);
  process.exit(1);
});
