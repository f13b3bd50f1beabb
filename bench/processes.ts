import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

/**
 * The benchmarks' server processes, shared by every bench file: each server runs in a process of its own
 * so that the load generator does not share its event loop. `BENCH_NODE_ARGS` adds options to those
 * processes (`--cpu-prof --cpu-prof-dir=/tmp/prof` profiles a run; `stop()` lets them write it).
 */
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

export interface BenchServer {
  port: number;
  child: ChildProcess;
  /** Ends the process (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
  stop(): Promise<void>;
}

function track(child: ChildProcess, port: number): BenchServer {
  children.add(child);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    port,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

const nodeArgs = () => (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** `bench/server.ts` with `args` (`bare`, or `app <dbUrl>`); resolves once it prints its port. */
export async function startServer(args: string[]): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [...nodeArgs(), '--import', 'tsx', path.join('bench', 'server.ts'), ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const rl = readline.createInterface({ input: child.stdout! });
  for await (const line of rl) if (/^\d+$/.test(line.trim())) return track(child, Number(line.trim()));
  throw new Error(`server ${args.join(' ')} did not start`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `src/server/main.ts` as an operator runs it, on `dbUrl`; resolves once it answers. */
export async function startMain(dbUrl: string): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs(), '--import', 'tsx', path.join('src', 'server', 'main.ts')],
    {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const server = track(child, port);
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop();
  throw new Error('src/server/main.ts did not start');
}
