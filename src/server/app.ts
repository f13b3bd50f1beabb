import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import { AuditLog } from './core/audit/audit';
import { auditRoutes } from './core/audit/audit.routes';
import { installAuth } from './core/auth/auth.plugin';
import { authRoutes } from './core/auth/auth.routes';
import { installStateClaims, type PartyStates } from './core/auth/claims';
import { corePermissions, PermissionRegistry } from './core/auth/permissions';
import { openDatabase, type Database } from './core/db/database';
import { NamedLocks } from './core/db/locks';
import { migrateToLatest } from './core/db/migrate';
import { openApiTransform, openApiTransformObject } from './core/http/openapi';
import {
  clientErrorHandler,
  frameworkErrors,
  installNulGuard,
  installSecurityHeaders,
  MAX_PARAM_LENGTH,
  type RendererMounts,
} from './core/http/hardening';
import {
  installAnonymousRateLimit,
  installLoadShedding,
  installPublicCache,
  watchEventLoop,
} from './core/http/load';
import { installErrorHandler, installNotFoundHandler, installProblemHandlers } from './core/http/problem';
import { newId } from './core/ids';
import { coreJobs, EventOutbox, jobsPermissions, jobsRoutes, Scheduler, Signals } from './core/jobs';
import { Mailer } from './core/mail';
import { coreMigrations } from './core/migrations';
// The review panel's codes are the kernel's, translated before any module uses the panel.
import './core/review/review.errors';
import {
  DEFAULT_PREFIX,
  moduleDoors,
  orderModules,
  type App,
  type Kernel,
  type ModuleDefinition,
  type ModuleHttp,
  type ModuleRoutes,
} from './core/module';
import { modules as allModules } from './modules';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface BuildOptions {
  /** An open database to use instead of opening config.databaseUrl; the caller closes it. */
  database?: Database;
  logger?: FastifyServerOptions['logger'];
  modules?: ModuleDefinition[];
  /** A clock other than the wall clock, for tests that cross deadlines. */
  now?: () => Date;
  /**
   * False in the workers of a cluster, whose primary migrated and seeded the database before forking
   * them (N processes seeding at once would race on the reference rows).
   */
  prepare?: boolean;
  /** False to build without delivering events or running jobs (the cluster's primary). */
  background?: boolean;
  /** The event loop's delay in ms instead of the measured one, for tests of load shedding. */
  eventLoopDelay?: () => number;
}

/** How often every process reads the outbox and the jobs for work that no signal announced. */
const POLL_MS = 1000;

/** The services every module receives; the permission registry holds every module's permissions. */
export function createKernel(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
  modules: ModuleDefinition[] = orderModules(allModules),
  now: () => Date = () => new Date(),
): Kernel {
  const perms = new PermissionRegistry();
  perms.register(corePermissions);
  perms.register(jobsPermissions);
  for (const m of modules) perms.register(m.permissions);
  const signals = new Signals(database.kind, config.databaseUrl, log);
  const jobs = new Scheduler(database.db, database.kind, signals, log, POLL_MS);
  jobs.register(coreJobs);
  for (const m of modules) jobs.register(m.jobs ?? []);
  return {
    db: database.db,
    dbKind: database.kind,
    audit: new AuditLog(database.kind),
    config,
    log,
    perms,
    events: new EventOutbox(database.db, database.kind, signals, log, {
      maxAttempts: config.eventMaxAttempts,
      retryMs: config.eventRetryMs,
      pollMs: POLL_MS,
    }),
    jobs,
    signals,
    locks: new NamedLocks(database),
    mailer: config.smtpUrl ? new Mailer(config.smtpUrl, config.mailFrom, log) : null,
    now,
  };
}

/** Migrates, loads the reference data, and outside production the demo content. */
export async function prepareDatabase(
  kernel: Kernel,
  modules: ModuleDefinition[] = orderModules(allModules),
) {
  await migrateToLatest(kernel.db, [coreMigrations, ...modules.map((m) => m.migrations)]);
  for (const m of modules) await m.seed?.(kernel);
  if (kernel.config.demo) for (const m of modules) await m.demo?.(kernel);
}

/**
 * One module as an encapsulated plugin: its parsers and error renderer apply to its routes only, and a
 * module mounted under a prefix of its own also answers that prefix's 404s in its own format.
 */
function modulePlugin(http: ModuleHttp, routes: ModuleRoutes, kernel: Kernel) {
  return async (scope: App) => {
    for (const type of http.jsonMediaTypes ?? []) {
      scope.addContentTypeParser(type, { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));
    }
    if (http.errorRenderer) installErrorHandler(scope, http.errorRenderer);
    if (http.prefix && http.prefix !== DEFAULT_PREFIX) installNotFoundHandler(scope, http.errorRenderer);
    await routes(scope, kernel);
  };
}

/** Every module's organisations, asked in turn. */
function partyStatesOf(modules: readonly ModuleDefinition[]): PartyStates {
  const sources = modules.flatMap((m) => (m.partyStates ? [m.partyStates] : []));
  return async (db, ids) => {
    const out = new Map<string, string>();
    for (const source of sources) for (const [id, state] of await source(db, ids)) out.set(id, state);
    return out;
  };
}

/**
 * Fastify refuses a bare hop count (it cannot tell a proxy from a client that wrote the header), so N hops
 * become "the nearest N peers": the operator who sets a count promises that only the proxy reaches us.
 */
function trustProxyOption(trust: Config['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}

/** Builds the whole platform without listening, so tests drive it through app.inject(). */
export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<App> {
  const database = opts.database ?? openDatabase(config.databaseUrl, { poolSize: config.dbPoolSize });
  const modules = orderModules(opts.modules ?? allModules);
  const rendererMounts: RendererMounts = modules
    .flatMap(moduleDoors)
    .flatMap((d) => (d.prefix && d.errorRenderer ? [{ prefix: d.prefix, render: d.errorRenderer }] : []));
  const app: App = Fastify({
    logger: opts.logger ?? {
      level: config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    genReqId: () => newId(),
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrors(rendererMounts),
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const hasWeb = fs.existsSync(path.join(WEB_ROOT, 'index.html'));
  installProblemHandlers(app, { spaIndex: hasWeb });
  const shedding = {
    maxDelayMs: config.maxEventLoopDelayMs,
    maxInFlight: config.maxInFlight,
    maxDbWaiting: config.maxDbWaiting,
    dbWaiting: () => database.waiting(),
  };
  if (opts.eventLoopDelay) installLoadShedding(app, shedding, opts.eventLoopDelay);
  else if (config.maxEventLoopDelayMs > 0 || config.maxInFlight > 0 || config.maxDbWaiting > 0) {
    const loop = watchEventLoop();
    // Migrations and seeds block the loop before the platform serves; that delay is not load.
    app.addHook('onReady', async () => loop.reset());
    app.addHook('onClose', async () => loop.stop());
    installLoadShedding(app, shedding, loop.delayMs);
  }
  installNulGuard(app);
  installSecurityHeaders(app);
  // The API speaks JSON only; anything else is a 415, not a string handed to a JSON schema.
  app.removeContentTypeParser('text/plain');
  if (!opts.database) app.addHook('onClose', () => database.close());

  const kernel = createKernel(config, database, app.log, modules, opts.now);
  if (opts.prepare !== false) await prepareDatabase(kernel, modules);
  if (opts.background !== false) {
    for (const m of modules) m.subscribe?.(kernel);
    await kernel.signals.start();
    kernel.events.start();
    // The first pass finishes before the platform accepts requests, so nothing overdue is served as open.
    await kernel.jobs.start(kernel);
  }
  app.addHook('preClose', async () => {
    // What is not delivered now stays in the outbox for the next start or another process.
    await kernel.jobs.stop();
    await kernel.events.stop();
    await kernel.signals.close();
    kernel.mailer?.close();
  });
  app.decorate('kernel', kernel);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SCO Cooperation Platform API',
        version: '1',
        description:
          'States, bodies, identity and audit of the Shanghai Cooperation Organisation platform. Errors are RFC 9457 problem details.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'Personal access token from POST /api/v1/auth/tokens',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'sco_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }, {}],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  // Swagger UI draws only the items near the viewport once a list passes 150 tag headers and
  // operations (ours has more): with tags collapsed every tag is drawn and a reader opens the one wanted.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'none', deepLinking: true },
  });
  await app.register(cookie);
  installAuth(app, kernel);
  installStateClaims(app, kernel.db, partyStatesOf(modules));
  installAnonymousRateLimit(app, config.anonRateLimit);
  installPublicCache(app);

  await app.register(
    async (api) => {
      const a = api.withTypeProvider<ZodTypeProvider>();
      a.get(
        '/health',
        {
          schema: {
            tags: ['platform'],
            summary: 'Liveness and the database engine in use',
            response: {
              200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
            },
          },
        },
        async () => ({ status: 'ok' as const, database: kernel.dbKind }),
      );
      a.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await authRoutes(a, kernel);
      await auditRoutes(a, kernel);
      await jobsRoutes(a, kernel);
    },
    { prefix: DEFAULT_PREFIX },
  );
  for (const m of modules)
    for (const door of moduleDoors(m))
      await app.register(modulePlugin(door, door.routes, kernel), { prefix: door.prefix ?? DEFAULT_PREFIX });

  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: false });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.type('text/html').sendFile('index.html'));
  }

  return app;
}
