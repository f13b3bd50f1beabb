import type { z } from 'zod';
import type {
  LinkBody,
  LinkDto,
  LinkUpdateBody,
  NodeBody,
  NodeDto,
  NodeUpdateBody,
} from '../../../contracts/transport';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import type { AuditInput } from '../../core/audit/audit';
import type { Db, Trx } from '../../core/db/database';
import type { AppError } from '../../core/errors';
import { isUniqueViolation } from '../../core/db/database';
import { isCountryCode } from '../../core/iso3166';
import type { Kernel } from '../../core/module';
import { buildGraph, type Graph } from './planner/graph';
import { criterionLandmarks } from './planner/landmarks';
import {
  MODE_ASSUMPTIONS,
  linkId,
  GAUGE_CHANGE_DWELL,
  referenceEmissionFactors,
  referenceLinks,
  referenceNodes,
} from './reference';
import * as repo from './transport.repository';
import { TransportErrors } from './transport.errors';

export type TransportDeps = Pick<Kernel, 'db' | 'audit' | 'now'>;

const EDITORS = ['national_coordinator'] as const;

/** Loads the reference network: what is absent is added, what was edited stays. */
export async function seedNetwork(deps: Pick<Kernel, 'db'>) {
  await deps.db.transaction().execute((trx) => repo.insertMissing(trx, referenceNodes(), referenceLinks()));
}

export async function getNode(deps: Pick<Kernel, 'db'>, id: string): Promise<NodeDto> {
  const n = await repo.findNode(deps.db, id);
  if (!n) throw TransportErrors.nodeNotFound({ id });
  return n;
}

export async function getLink(deps: Pick<Kernel, 'db'>, id: string): Promise<LinkDto> {
  const l = await repo.findLink(deps.db, id);
  if (!l) throw TransportErrors.linkNotFound({ id });
  return l;
}

export async function listNodes(
  deps: Pick<Kernel, 'db'>,
  f: { country?: string; type?: string; corridor?: string },
): Promise<NodeDto[]> {
  const nodes = await repo.listNodes(deps.db, f);
  return f.corridor ? nodes.filter((n) => n.corridors.includes(f.corridor!)) : nodes;
}

export const listLinks = (deps: Pick<Kernel, 'db'>, f: { node?: string; mode?: string; status?: string }) =>
  repo.listLinks(deps.db, f);

/** The Secretariat edits any node; a state's coordinator the nodes in their state. */
const editingFor = (actor: Actor, country: string) =>
  requireStateMandate(actor, country, EDITORS, { allowSecretariat: true });

/** For a link: the Secretariat, or the coordinator of a state at either end. */
function editingLinkFor(actor: Actor, a: NodeDto, b: NodeDto): string {
  try {
    return editingFor(actor, a.country);
  } catch (err) {
    if (b.country === a.country) throw err;
    return editingFor(actor, b.country);
  }
}

/**
 * One write to the network: the change, the network's version (so every process rebuilds its planner
 * graph) and the audit entry with the change's source, in one transaction. `write` returns the entry.
 */
async function writeNetwork<T>(
  deps: TransportDeps,
  actor: Actor,
  write: (trx: Trx) => Promise<{ result: T; audit: AuditInput }>,
  onConflict?: () => AppError,
): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { result, audit } = await write(trx);
      await repo.bumpVersion(trx);
      await deps.audit.record(trx, actor, audit);
      return result;
    });
  } catch (err) {
    if (onConflict && isUniqueViolation(err)) throw onConflict();
    throw err;
  }
}

/** @throws transport.unknown_country, transport.node_exists, auth.no_mandate */
export async function createNode(
  deps: TransportDeps,
  actor: Actor,
  input: z.infer<typeof NodeBody>,
): Promise<NodeDto> {
  if (!isCountryCode(input.country)) throw TransportErrors.unknownCountry({ country: input.country });
  const actingFor = editingFor(actor, input.country);
  const node: NodeDto = { ...input, updatedAt: deps.now().toISOString() };
  return writeNetwork(
    deps,
    actor,
    async (trx) => {
      await repo.insertNode(trx, node, actor.userId);
      const data = { country: node.country, type: node.type, source: node.source };
      return {
        result: node,
        audit: { action: 'transport.node_created', ...target('node', node.id), actingFor, data },
      };
    },
    () => TransportErrors.nodeExists({ id: input.id }),
  );
}

const target = (kind: 'node' | 'link', id: string) => ({ targetType: `transport_${kind}`, targetId: id });

/**
 * Changes a node's fields; the change names its source, kept in the audit log with the fields that
 * changed. Moving a node to another state needs a mandate for both. @throws transport.node_not_found
 */
export async function updateNode(
  deps: TransportDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof NodeUpdateBody>,
): Promise<NodeDto> {
  const { changeSource, ...changes } = input;
  if (changes.country !== undefined && !isCountryCode(changes.country))
    throw TransportErrors.unknownCountry({ country: changes.country });
  return writeNetwork(deps, actor, async (trx) => {
    const before = await repo.findNode(trx, id);
    if (!before) throw TransportErrors.nodeNotFound({ id });
    const actingFor = editingFor(actor, before.country);
    if (changes.country && changes.country !== before.country) editingFor(actor, changes.country);
    const after: NodeDto = { ...before, ...changes, updatedAt: deps.now().toISOString() };
    await repo.updateNode(trx, after, actor.userId);
    const data = { changed: Object.keys(changes), source: changeSource };
    return {
      result: after,
      audit: { action: 'transport.node_updated', ...target('node', id), actingFor, data },
    };
  });
}

async function endpoints(deps: Pick<Kernel, 'db'>, from: string, to: string) {
  const a = await repo.findNode(deps.db, from);
  if (!a) throw TransportErrors.unknownNode({ parameter: 'from', node: from });
  const b = await repo.findNode(deps.db, to);
  if (!b) throw TransportErrors.unknownNode({ parameter: 'to', node: to });
  if (from === to) throw TransportErrors.sameEndpoints({ parameter: 'to' });
  return [a, b] as const;
}

/** @throws transport.unknown_node, transport.link_exists, auth.no_mandate */
export async function createLink(
  deps: TransportDeps,
  actor: Actor,
  input: z.infer<typeof LinkBody>,
): Promise<LinkDto> {
  const [a, b] = await endpoints(deps, input.from, input.to);
  const actingFor = editingLinkFor(actor, a, b);
  const { id, ...fields } = input;
  const link: LinkDto = {
    ...fields,
    id: id ?? linkId(input.from, input.to, input.via),
    updatedAt: deps.now().toISOString(),
  };
  return writeNetwork(
    deps,
    actor,
    async (trx) => {
      await repo.insertLink(trx, link, actor.userId);
      const data = {
        from: link.from,
        to: link.to,
        mode: link.mode,
        status: link.status,
        source: link.source,
      };
      return {
        result: link,
        audit: { action: 'transport.link_created', ...target('link', link.id), actingFor, data },
      };
    },
    () => TransportErrors.linkExists({ id: link.id }),
  );
}

/** @throws transport.link_not_found, auth.no_mandate */
export async function updateLink(
  deps: TransportDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof LinkUpdateBody>,
): Promise<LinkDto> {
  const { changeSource, ...changes } = input;
  return writeNetwork(deps, actor, async (trx) => {
    const before = await repo.findLink(trx, id);
    if (!before) throw TransportErrors.linkNotFound({ id });
    const [a, b] = await Promise.all([repo.findNode(trx, before.from), repo.findNode(trx, before.to)]);
    const actingFor = editingLinkFor(actor, a!, b!);
    const after: LinkDto = { ...before, ...changes, updatedAt: deps.now().toISOString() };
    await repo.updateLink(trx, after, actor.userId);
    const data = { changed: Object.keys(changes), source: changeSource };
    return {
      result: after,
      audit: { action: 'transport.link_updated', ...target('link', id), actingFor, data },
    };
  });
}

const graphs = new WeakMap<Db, { version: number; graph: Promise<Graph> }>();

/**
 * The planner's graph of the registry as it is now: built once, and again only when a write (in any
 * process) has moved the network's version.
 */
export async function currentGraph(deps: Pick<Kernel, 'db'>): Promise<Graph> {
  const version = await repo.networkVersion(deps.db);
  const cached = graphs.get(deps.db);
  if (cached && cached.version === version) return cached.graph;
  const graph = Promise.all([repo.listNodes(deps.db), repo.listLinks(deps.db)]).then(([nodes, links]) => {
    const g = buildGraph({
      nodes,
      links,
      emissionFactors: referenceEmissionFactors(),
      modes: MODE_ASSUMPTIONS,
      gaugeChangeDwell: GAUGE_CHANGE_DWELL,
    });
    // The time bounds with the graph, so that the first query after an edit does not pay for them.
    criterionLandmarks(g, 'time', { teu: null, tonnes: null, basis: 'TTW' });
    return g;
  });
  graphs.set(deps.db, { version, graph });
  graph.catch(() => graphs.delete(deps.db));
  return graph;
}
