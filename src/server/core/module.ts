import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config, DatabaseKind } from '../config';
import type { AuditAudience, AuditLog } from './audit/audit';
import type { Role } from './auth/actor';
import type { PartyStates } from './auth/claims';
import type { PermissionRegistry } from './auth/permissions';
import type { Db } from './db/database';
import type { NamedLocks } from './db/locks';
import type { MigrationSet } from './db/migrate';
import type { ErrorRenderer } from './http/problem';
import type { EventOutbox, JobDefinition, Scheduler, Signals } from './jobs';
import type { Mailer } from './mail';

export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What the kernel hands to every module. */
export interface Kernel {
  db: Db;
  dbKind: DatabaseKind;
  audit: AuditLog;
  config: Config;
  log: FastifyBaseLogger;
  perms: PermissionRegistry;
  /** The outbox: `emit(trx, …)` inside the write's transaction, `on(…)` in a module's `subscribe`. */
  events: EventOutbox;
  /** The scheduler that runs every module's `jobs`; `wake(trx)` when a module's schedule moved. */
  jobs: Scheduler;
  /** Wake-up calls between the platform's processes (LISTEN/NOTIFY on PostgreSQL). */
  signals: Signals;
  /** Named locks across every process on the database, for work that spans several transactions. */
  locks: NamedLocks;
  /** Null when SMTP_URL is not configured. */
  mailer: Mailer | null;
  /** The platform's clock; tests move it to cross deadlines. */
  now: () => Date;
}

export interface ModuleDefinition {
  name: string;
  dependsOn: readonly string[];
  /** Permission -> the roles that hold it. State-scoped checks happen in the service, on the mandate. */
  permissions: Record<string, readonly Role[]>;
  migrations: MigrationSet;
  /**
   * The module's routes, registered as its own encapsulated Fastify plugin under `http.prefix`
   * (default `/api/v1`): hooks, parsers and error handlers it adds stay inside it.
   */
  routes?: ModuleRoutes;
  http?: ModuleHttp;
  /**
   * Further doors of the same module, each its own plugin under its own prefix: a protocol endpoint
   * (TAXII 2.1 at /taxii2/) beside the module's JSON API, sharing its tables, permissions and services.
   */
  mounts?: readonly ModuleMount[];
  /** Reference data, loaded in every environment; must be idempotent. */
  seed?: (kernel: Kernel) => Promise<void>;
  /** Demo content and accounts: never loaded when NODE_ENV=production. */
  demo?: (kernel: Kernel) => Promise<void>;
  /** Subscribes to other modules' events and to signals; called for every module before any job runs. */
  subscribe?: (kernel: Kernel) => void;
  /** Timed work, run by the kernel's scheduler once across all processes. */
  jobs?: readonly JobDefinition[];
  /**
   * The country of each organisation the module registers, for the kernel's check of requests that
   * name an organisation where a state may stand (ADR 0031).
   */
  partyStates?: PartyStates;
  /**
   * Audit entries only some roles may see: actions under `actionPrefix` are left out of every audit view
   * for a reader without one of `roles`, as if they were never written (the CBM exchange, ADR 0124).
   */
  auditAudience?: readonly AuditAudience[];
}

/** How a module meets HTTP, when it is not the platform's default JSON API under /api/v1. */
export interface ModuleHttp {
  /** Mount point of the module's routes; default `/api/v1`. */
  prefix?: string;
  /**
   * Renders every error raised in the module's routes (and, under a prefix of its own, its 404s);
   * default RFC 9457 problem+json.
   */
  errorRenderer?: ErrorRenderer;
  /**
   * Media types, other than application/json, whose bodies the module's routes accept as JSON
   * (e.g. `application/taxii+json`; parameters such as `;version=2.1` are the route's to check).
   */
  jsonMediaTypes?: readonly string[];
}

export type ModuleRoutes = (app: App, kernel: Kernel) => Promise<void>;

export interface ModuleMount extends ModuleHttp {
  prefix: string;
  routes: ModuleRoutes;
}

export const DEFAULT_PREFIX = '/api/v1';

/** Every set of routes a module registers, each with how it meets HTTP. */
export function moduleDoors(m: ModuleDefinition): (ModuleHttp & { routes: ModuleRoutes })[] {
  return [...(m.routes ? [{ ...m.http, routes: m.routes }] : []), ...(m.mounts ?? [])];
}

export function defineModule<T extends ModuleDefinition>(m: T): T {
  return m;
}

/** Orders modules so each comes after what it depends on; rejects unknown dependencies and cycles. */
export function orderModules(modules: readonly ModuleDefinition[]): ModuleDefinition[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const ordered: ModuleDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: ModuleDefinition, trail: string[]) => {
    if (state.get(m.name) === 'done') return;
    if (state.get(m.name) === 'visiting')
      throw new Error(`Module dependency cycle: ${[...trail, m.name].join(' -> ')}`);
    state.set(m.name, 'visiting');
    for (const dep of m.dependsOn) {
      const d = byName.get(dep);
      if (!d) throw new Error(`Module ${m.name} depends on unknown module ${dep}`);
      visit(d, [...trail, m.name]);
    }
    state.set(m.name, 'done');
    ordered.push(m);
  };
  for (const m of modules) visit(m, []);
  return ordered;
}

declare module 'fastify' {
  interface FastifyInstance {
    kernel: Kernel;
  }
}
