import { databaseSettingsFromEnv } from '../shared/store/database';
import { SUBGRAPH_NAMES } from '../shared/server/subgraph-module';
import { PROJECT_ROOT } from '../shared/paths';
import { portsFromEnv } from '../platform/launcher';
import { ServerName, ServerProcesses, startServerProcesses } from '../platform/server-processes';
import { browserSettingsFromEnv } from '../gateway/browser';
import { PLAYGROUND_PATH } from '../gateway/browser/playground-routes';

const LABEL_WIDTH = Math.max(...[...SUBGRAPH_NAMES, 'gateway'].map((name) => name.length));

const pending = { stdout: [] as string[], stderr: [] as string[] };
let flushing = false;

function flushOutput(): void {
  flushing = false;
  for (const stream of ['stdout', 'stderr'] as const) {
    if (pending[stream].length) process[stream].write(pending[stream].splice(0).join(''));
  }
}

/**
 * Every line a server writes, prefixed with its name, so four subgraphs and the gateway
 * can share one terminal. The lines of one turn of the event loop go out in one write:
 * under load each request logs a line in up to five servers, and a write per line was
 * the launcher's main cost.
 */
function printPrefixed(server: ServerName, line: string, stream: 'stdout' | 'stderr'): void {
  pending[stream].push(`${server.padEnd(LABEL_WIDTH)} | ${line}\n`);
  if (!flushing) {
    flushing = true;
    setImmediate(flushOutput);
  }
}

/**
 * `npm start`: the whole platform with demo data until Ctrl-C, each subgraph and the
 * gateway in a process of its own, so the platform uses every core (up to five).
 */
async function main() {
  const database = databaseSettingsFromEnv();
  console.log(
    `Credence: starting on ${database.kind === 'postgres' ? 'PostgreSQL' : `SQLite (${database.directory})`}…`,
  );
  let platform: ServerProcesses | undefined;
  let stopping = false;
  const starting = new AbortController();
  const stop = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping the gateway and subgraphs…`);
    starting.abort(); // a server still starting is killed: nothing outlives this process
    await platform?.stop();
    flushOutput(); // the servers' last lines before ours
    console.log('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  platform = await startServerProcesses(PROJECT_ROOT, {
    env: process.env,
    ports: portsFromEnv(),
    host: process.env.CREDENCE_HOST ?? '127.0.0.1',
    onLine: printPrefixed,
    execArgv: process.execArgv, // node's flags (`node --cpu-prof dist/scripts/start.js`) apply to every server
    signal: starting.signal,
  }).catch((error: Error) => {
    if (stopping) return new Promise<never>(() => {}); // stopped while starting: stop() exits
    throw error;
  });
  for (const [name, child] of platform.children) {
    child.once('exit', (code, signal) => void stop(`the ${name} server stopped (${signal ?? code})`, 1));
  }
  for (const name of SUBGRAPH_NAMES)
    console.log(`  subgraph ${name.padEnd(15)} ${platform.subgraphUrls[name]} (gateway only)`);
  console.log(`\nCredence gateway ready at ${platform.gatewayUrl}`);
  if (browserSettingsFromEnv().playground)
    console.log(`Playground (open in a browser): ${new URL(PLAYGROUND_PATH, platform.gatewayUrl)}`);
  console.log('Mint a demo token with: npm run token -- user|partner|staff (see README)\n');
}

main().catch((error) => {
  console.error(`Credence failed to start: ${(error as Error).message}`);
  process.exit(1);
});
