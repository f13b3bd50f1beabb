import type { FastifyRequest, preHandlerAsyncHookHandler, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { stateFields, type StateField } from '../../../contracts/common';
import type { Db } from '../db/database';
import type { App } from '../module';
import { AuthErrors, isSecretariat, type Actor } from './actor';

/** Where in a request body a state is named as a claim to act for it, and who else may name it. */
export interface StateClaim {
  /** Keys from the body's root; `*` for every element of an array or value of a record. */
  path: string[];
  secretariat: boolean;
  party: boolean;
}

/** The state each registered organisation (by id) belongs to; unknown ids are left out. */
export type PartyStates = (db: Db, ids: readonly string[]) => Promise<Map<string, string>>;

type AnySchema = z.core.$ZodType;
const STATE = /^[A-Z]{2}$/;

/** The markers of a schema and of the schemas it was copied from (`.describe`, `.optional` keep none). */
function markersOf(s: AnySchema): StateField[] {
  const out: StateField[] = [];
  for (let n: AnySchema | undefined = s; n; n = n._zod.parent) {
    const m = stateFields.get(n as z.ZodType);
    if (m) out.push(m);
  }
  return out;
}

/** Every path of a schema's output at which a state is claimed, following wrappers and containers. */
export function stateClaimsOf(schema: AnySchema | undefined): StateClaim[] {
  const found: StateClaim[] = [];
  const seen = new Set<AnySchema>();
  const walk = (
    s: AnySchema,
    path: string[],
    ctx: { marked: boolean; secretariat: boolean; party: boolean },
  ) => {
    const next = { ...ctx };
    for (const m of markersOf(s)) {
      if (!m.actsFor) return;
      next.marked = true;
      next.secretariat ||= !!m.secretariat;
      next.party ||= !!m.party;
    }
    const def = s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case 'string':
        if (next.marked) found.push({ path, secretariat: next.secretariat, party: next.party });
        return;
      case 'object':
        for (const [k, v] of Object.entries(def.shape as Record<string, AnySchema>))
          walk(v, [...path, k], next);
        return;
      case 'array':
        return walk(def.element as AnySchema, [...path, '*'], next);
      case 'record':
        return walk(def.valueType as AnySchema, [...path, '*'], next);
      case 'tuple':
        for (const item of def.items as AnySchema[]) walk(item, [...path, '*'], next);
        return;
      case 'union':
        for (const o of def.options as AnySchema[]) walk(o, path, next);
        return;
      case 'intersection':
        walk(def.left as AnySchema, path, next);
        return walk(def.right as AnySchema, path, next);
      case 'pipe':
        // The handler sees the pipe's output.
        return walk(def.out as AnySchema, path, next);
      case 'lazy':
        if (seen.has(s)) return;
        seen.add(s);
        return walk((def.getter as () => AnySchema)(), path, next);
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        return walk(def.innerType as AnySchema, path, next);
      default:
        return;
    }
  };
  if (schema) walk(schema, [], { marked: false, secretariat: false, party: false });
  // A union names the same path once per option.
  return [...new Map(found.map((c) => [JSON.stringify(c), c])).values()];
}

function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (!path.length) return typeof value === 'string' ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Object.values(value).flatMap((v) => valuesAt(v, rest));
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

/**
 * Throws unless the actor may act for every state the body claims: a current mandate for it, or the
 * Secretariat where the field lets it speak on the states' behalf. Organisations stand for their country;
 * ids that name no organisation are the service's to refuse.
 */
export async function checkStateClaims(
  db: Db,
  partyStates: PartyStates,
  actor: Actor | null,
  claims: readonly StateClaim[],
  body: unknown,
): Promise<void> {
  const named = claims.flatMap((c) => valuesAt(body, c.path).map((v) => ({ c, v })));
  if (!named.length) return;
  if (!actor) throw AuthErrors.unauthenticated();
  const ids = named.filter(({ c, v }) => c.party && !STATE.test(v)).map(({ v }) => v);
  const parties = ids.length ? await partyStates(db, [...new Set(ids)]) : new Map<string, string>();
  const held = new Set(actor.mandates.map((m) => m.stateCode));
  const secretariat = isSecretariat(actor);
  for (const { c, v } of named) {
    const state = STATE.test(v) ? v : parties.get(v);
    if (state === undefined || held.has(state) || (c.secretariat && secretariat)) continue;
    throw AuthErrors.noMandate({ state });
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The claims of a route: in the body and the path of a write; a read names states only to filter. */
export function routeStateClaims(route: Pick<RouteOptions, 'method' | 'schema'>): StateClaim[] {
  const methods = [route.method].flat();
  if (methods.every((m) => READS.has(m))) return [];
  const at = (part: 'body' | 'params') =>
    stateClaimsOf(route.schema?.[part] as AnySchema | undefined).map((c) => ({
      ...c,
      path: [part, ...c.path],
    }));
  return [...at('params'), ...at('body')];
}

/**
 * Gives every write whose body or path names states a check of those claims, run after validation and
 * after the route's own permission check, before the handler: one place for "acts only for its own state".
 */
export function installStateClaims(app: App, db: Db, partyStates: PartyStates) {
  app.addHook('onRoute', (route: RouteOptions) => {
    const claims = routeStateClaims(route);
    if (!claims.length) return;
    const check: preHandlerAsyncHookHandler = async (req: FastifyRequest) =>
      checkStateClaims(db, partyStates, req.actor, claims, { body: req.body, params: req.params });
    const own = route.preHandler;
    route.preHandler = [...(own ? (Array.isArray(own) ? own : [own]) : []), check];
    route.config = { ...(route.config as object), stateClaims: claims };
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The request's state claims, as the kernel checks them (ADR 0031). */
    stateClaims?: readonly StateClaim[];
  }
}
