import cluster from 'node:cluster';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';

/**
 * One process by default. With WORKERS=N (PostgreSQL only) the primary migrates and seeds the database
 * once, then forks N workers that share the port (node:cluster hands connections round-robin); each
 * worker is a whole platform, and the database coordinates them (ADR 0008). A worker that dies is
 * replaced.
 */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (config.workers > 1 && cluster.isPrimary) return primary(config);
  await serve(config, !cluster.isWorker);
}

async function serve(config: Config, prepare: boolean) {
  const app = await buildApp(config, { prepare });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isWorker) return;
  app.log.info(
    `SCO Cooperation Platform on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${config.databaseKind}${config.demo ? ', demo accounts enabled' : ''})`,
  );
}

async function primary(config: Config) {
  const setup = await buildApp(config, { background: false });
  await setup.close();
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork();
  cluster.on('listening', () => {
    if (++listening === config.workers) {
      setup.log.info(
        `SCO Cooperation Platform on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${config.databaseKind}, ${config.workers} processes${config.demo ? ', demo accounts enabled' : ''})`,
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    setup.log.error({ pid: worker.process.pid, code, signal }, 'worker died; starting another');
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    });
  }
  for (let i = 0; i < config.workers; i++) fork();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
