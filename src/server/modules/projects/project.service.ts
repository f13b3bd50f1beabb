import type { z } from 'zod';
import type { Localized } from '../../../contracts/common';
import type {
  ApprovalDto,
  CreateProjectBody,
  FeatureCollection,
  LocationsInput,
  ProjectDto,
  ProjectsQuery,
  ProjectSummaryDto,
  Stage,
} from '../../../contracts/projects';
import {
  AuthErrors,
  isSecretariat,
  requireStateMandate,
  seesRestrictedBusiness,
  statesActedFor,
  type Actor,
} from '../../core/auth/actor';
import type { Db, DbOrTrx } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { getDecision } from '../decisions';
import { runIdempotent, type Idempotency, type Written } from '../../core/http/idempotency';
import { fromMinor, toMinor } from '../finance';
import { currentMemberCodes, stateExists } from '../states';
import { isCountryCode } from '../../core/iso3166';
import { findOrganisation } from './organisation.repository';
import { ProjectErrors } from './projects.errors';
import { canRead } from './projects.policy';
import * as repo from './project.repository';
import { CYCLE, gateOf, GATES, missingItems } from './stage.rules';

declare module '../../core/jobs' {
  interface PlatformEvents {
    'projects.project_created': {
      id: string;
      title: Localized;
      proposingState: string | null;
      demo: boolean;
    };
    'projects.stage_changed': { id: string; from: Stage; to: Stage; decisionId: string | null };
  }
}

export type ProjectsDeps = Pick<
  Kernel,
  'db' | 'dbKind' | 'audit' | 'events' | 'jobs' | 'signals' | 'locks' | 'now'
>;

/** Any accepted shape of `locations` becomes one FeatureCollection. */
export function normaliseLocations(input: z.infer<typeof LocationsInput> | undefined): FeatureCollection {
  if (!input) return { type: 'FeatureCollection', features: [] };
  if (!Array.isArray(input) && input.type === 'FeatureCollection') return input;
  const items = Array.isArray(input) ? input : [input];
  return {
    type: 'FeatureCollection',
    features: items.map((g) =>
      g.type === 'Feature' ? g : { type: 'Feature', geometry: g, properties: null },
    ),
  };
}

/** A funder or sponsor is a known state (ISO alpha-2) or a registered organisation (its id). */
export async function partyExists(db: Db, party: string): Promise<boolean> {
  if (/^[A-Z]{2}$/.test(party)) return stateExists(db, party);
  return !!(await findOrganisation(db, party));
}

export async function loadVisible(
  deps: Pick<ProjectsDeps, 'db'>,
  actor: Actor | null,
  id: string,
): Promise<repo.Project> {
  const p = await repo.findProject(deps.db, id);
  if (!p || !canRead(actor, p, await currentMemberCodes(deps.db))) throw ProjectErrors.notFound({ id });
  return p;
}

function summary(p: repo.Project, countries: string[]): ProjectSummaryDto {
  return {
    id: p.id,
    title: p.title,
    sector: p.sector,
    stage: p.stage,
    countries,
    estimatedCost: { amount: fromMinor(p.cost.minor, p.cost.currency), currency: p.cost.currency },
    proposingState: p.proposingState,
    public: p.public,
    demo: p.demo,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/**
 * The approval as the project records it. `ask` consults the decisions module for a withdrawn
 * decision; it is off inside a transaction, where another connection must not be used (on SQLite
 * there is only one, and it is ours until commit).
 */
async function approvalOf(
  deps: Pick<ProjectsDeps, 'db'>,
  actor: Actor | null,
  p: repo.Project,
  ask: boolean,
): Promise<ApprovalDto | null> {
  const a = p.approval;
  if (!a.decisionId) {
    return p.stage === 'approval'
      ? { decisionId: null, status: 'opening', number: null, closedAt: null }
      : null;
  }
  if (a.result) return { decisionId: a.decisionId, status: a.result, number: a.number, closedAt: a.closedAt };
  const status = ask ? await decisionStatus(deps, actor, a.decisionId) : 'open';
  return { decisionId: a.decisionId, status, number: null, closedAt: null };
}

/** Whether the linked decision is still open; a withdrawn one no longer holds the project in approval. */
export async function decisionStatus(
  deps: Pick<ProjectsDeps, 'db'>,
  actor: Actor | null,
  decisionId: string,
): Promise<'open' | 'withdrawn'> {
  try {
    return (await getDecision(deps, actor, decisionId)).status === 'withdrawn' ? 'withdrawn' : 'open';
  } catch {
    return 'open'; // not visible to this reader: shown as open, which is what the project record says
  }
}

/** The full project: its gates with what has been met, interest, approval and stage history. */
export async function projectDto(
  deps: Pick<ProjectsDeps, 'db'>,
  actor: Actor | null,
  p: repo.Project,
  d: DbOrTrx = deps.db,
): Promise<ProjectDto> {
  const [countries, sponsors, checklist, interested, history] = await Promise.all([
    repo.countriesOf(d, [p.id]),
    repo.sponsorsOf(d, p.id),
    repo.listChecklist(d, p.id),
    repo.listInterest(d, p.id),
    repo.listStageChanges(d, p.id),
  ]);
  const recorded = new Map(checklist.map((c) => [c.item, c]));
  return {
    ...summary(p, countries.get(p.id) ?? []),
    description: p.description,
    expectedResults: p.expectedResults,
    locations: p.locations,
    sponsors,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    checklist: CYCLE.filter((s) => GATES[s].length).map((stage) => ({
      stage,
      items: gateOf(stage).map((def) => {
        const r = recorded.get(def.item);
        return {
          item: def.item,
          kind: def.kind,
          label: def.label,
          done: !!r,
          documentRef: r?.document_ref ?? null,
          answer: r?.answer ?? null,
          recordedAt: r?.recorded_at ?? null,
        };
      }),
    })),
    missing: missingItems(p.stage, new Set(recorded.keys())),
    interestedStates: interested,
    approval: await approvalOf(deps, actor, p, d === deps.db),
    history: history.map((h) => ({
      from: h.from_stage as Stage,
      to: h.to_stage as Stage,
      reason: h.reason,
      at: h.changed_at,
      decisionId: h.decision_id,
    })),
  };
}

export async function getProject(deps: Pick<ProjectsDeps, 'db'>, actor: Actor | null, id: string) {
  return projectDto(deps, actor, await loadVisible(deps, actor, id));
}

export async function listProjects(
  deps: Pick<ProjectsDeps, 'db'>,
  actor: Actor | null,
  q: z.infer<typeof ProjectsQuery>,
): Promise<{ items: ProjectSummaryDto[]; next: string | null }> {
  const publicOnly = q.public === true || !seesRestrictedBusiness(actor, await currentMemberCodes(deps.db));
  const rows = await repo.listProjects(deps.db, { ...q, publicOnly });
  const countries = await repo.countriesOf(
    deps.db,
    rows.map((p) => p.id),
  );
  return {
    items: rows.map((p) => summary(p, countries.get(p.id) ?? [])),
    next: rows.length === q.limit ? rows.at(-1)!.id : null,
  };
}

/** The state a coordinator proposes for: the one named, or the only state they coordinate. */
function proposingStateOf(actor: Actor, named: string | undefined): string | null {
  if (named) return requireStateMandate(actor, named, ['national_coordinator']);
  if (isSecretariat(actor)) return null;
  const own = statesActedFor(actor, ['national_coordinator']);
  if (own.length === 1) return own[0]!;
  throw AuthErrors.forbidden({ reason: 'name_the_proposing_state' });
}

/**
 * Proposes a project: a member state's national coordinator for their own state, or the Secretariat
 * on behalf of named sponsors. It starts at identification. @throws projects.proposer_not_member,
 * projects.sponsors_required, projects.unknown_country, projects.unknown_funder, auth.no_mandate
 */
export async function createProject(
  deps: ProjectsDeps,
  actor: Actor,
  input: CreateProjectBody,
  idem: Idempotency | null,
  opts: { demo?: boolean } = {},
): Promise<Written<ProjectDto>> {
  const proposingState = proposingStateOf(actor, input.proposingState);
  if (proposingState && !(await currentMemberCodes(deps.db)).includes(proposingState)) {
    throw ProjectErrors.proposerNotMember({ state: proposingState });
  }
  const sponsors = [
    ...new Set([...(proposingState ? [proposingState] : []), ...(input.sponsors ?? [])]),
  ].sort();
  if (!sponsors.length) throw ProjectErrors.sponsorsRequired();
  const countries = [...new Set(input.countries)].sort();
  // A corridor or a pipeline may cross countries outside the SCO family.
  for (const c of countries) if (!isCountryCode(c)) throw ProjectErrors.unknownCountry({ country: c });
  for (const s of sponsors)
    if (!(await partyExists(deps.db, s))) throw ProjectErrors.unknownFunder({ funder: s });
  const now = deps.now().toISOString();
  const p: repo.Project = {
    id: newId(),
    title: input.title,
    description: input.description,
    expectedResults: input.expectedResults,
    sector: input.sector,
    locations: normaliseLocations(input.locations),
    cost: {
      minor: toMinor(input.estimatedCost.amount, input.estimatedCost.currency),
      currency: input.estimatedCost.currency,
    },
    proposingState,
    stage: 'identification',
    public: input.public,
    demo: opts.demo ?? false,
    plannedStart: input.plannedStart ?? null,
    plannedEnd: input.plannedEnd ?? null,
    approval: { decisionId: null, result: null, number: null, closedAt: null },
    createdAt: now,
    createdBy: actor.userId,
    updatedAt: now,
  };
  const written = await runIdempotent(deps.db, idem, 201, now, async (trx) => {
    await repo.insertProject(trx, p, countries, sponsors);
    await deps.audit.record(trx, actor, {
      action: 'projects.project_created',
      targetType: 'project',
      targetId: p.id,
      actingFor: proposingState ?? 'secretariat',
      data: { sector: p.sector, countries, sponsors, public: p.public, demo: p.demo },
    });
    await deps.events.emit(trx, 'projects.project_created', {
      id: p.id,
      title: p.title,
      proposingState,
      demo: p.demo,
    });
    return projectDto(deps, actor, p, trx);
  });
  return written;
}
