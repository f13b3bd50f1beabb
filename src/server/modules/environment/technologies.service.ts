import type { z } from 'zod';
import {
  CLIMATES,
  TechnologyFields,
  type TechListDto,
  type TechnologyDto,
  type TechnologyQuery,
  type TechSummaryDto,
} from '../../../contracts/environment';
import {
  isSecretariat,
  requireStateMandate,
  statesActedFor,
  type Actor,
  type Role,
} from '../../core/auth/actor';
import { isUniqueViolation, type Trx } from '../../core/db/database';
import { describeFiles } from '../../core/files';
import type { Kernel } from '../../core/module';
import { findPlanItems } from '../plans';
import { getProject } from '../projects';
import { EnvironmentErrors as E } from './environment.errors';
import { currentEdition } from './editions.service';
import { unsourcedPointers, usdMinor } from './questionnaire';
import * as repo from './technologies.repository';
import { findWaterBodyIds } from './water.repository';

export type EnvDeps = Pick<Kernel, 'db' | 'audit' | 'now'>;
type Fields = z.output<typeof TechnologyFields>;
type CreateInput = z.input<typeof TechnologyFields> & { country: string };

/** Who compiles a state's entries: its coordinator (the focal point) and its delegates. */
export const COMPILER_ROLES: readonly Role[] = ['national_coordinator', 'delegate'];
/** The state's focal point, who submits its entries for review. */
export const FOCAL_POINT_ROLES: readonly Role[] = ['national_coordinator'];

/** Whether the actor follows a state's unpublished entries: the Secretariat and the state's compilers. */
export function seesUnpublished(actor: Actor | null, country: string) {
  return isSecretariat(actor) || statesActedFor(actor, COMPILER_ROLES).includes(country);
}

const isPublished = (r: repo.TechRow) => r.published_at !== null;
const climatesOf = (r: Pick<repo.TechRow, 'climates'>) => r.climates.split('|').filter(Boolean);

type SummaryRow = Pick<
  repo.TechRow,
  | 'code'
  | 'version'
  | 'status'
  | 'country'
  | 'name'
  | 'sector'
  | 'climates'
  | 'maturity'
  | 'demo'
  | 'updated_at'
>;

export function summaryOf(r: SummaryRow): TechSummaryDto {
  return {
    code: r.code,
    version: r.version,
    status: r.status as TechSummaryDto['status'],
    country: r.country,
    name: r.name,
    sector: r.sector as TechSummaryDto['sector'],
    climates: climatesOf(r) as TechSummaryDto['climates'],
    maturity: r.maturity as TechSummaryDto['maturity'],
    demo: !!Number(r.demo),
    updatedAt: r.updated_at,
  };
}

/** The searchable and faceted columns of a version, from its answers. */
function columnsOf(fields: Fields) {
  return {
    sector: fields.sector,
    climates: `|${[...new Set(fields.climates)].sort().join('|')}|`,
    maturity: fields.maturity.value,
    water_bodies: `|${[...new Set(fields.waterBodies)].sort().join('|')}|`,
    name: fields.name.value,
    search: `${fields.name.value} ${fields.summary.value}`.toLowerCase(),
    data: JSON.stringify(fields),
  };
}

/** The links an entry names must exist and be visible to the one who names them. */
async function checkLinks(deps: EnvDeps, actor: Actor, fields: Fields) {
  for (const id of new Set(fields.appliedIn)) {
    await getProject(deps, actor, id).catch(() => {
      throw E.projectNotFound({ id });
    });
  }
  const items = await findPlanItems(deps, actor, fields.planItems);
  const missing = fields.planItems.find((_, i) => !items[i]);
  if (missing) throw E.planItemNotFound(missing);
  const known = new Set(await findWaterBodyIds(deps.db));
  const unknown = fields.waterBodies.find((id) => !known.has(id));
  if (unknown) throw E.unknownWaterBody({ id: unknown });
}

/**
 * A state's compiler enters a technology as a draft, under a new code of that state.
 * @throws auth.no_mandate, environment.project_not_found, environment.plan_item_not_found
 */
export async function createTechnology(
  deps: EnvDeps,
  actor: Actor,
  input: CreateInput,
  opts: { demo?: boolean } = {},
): Promise<TechnologyDto> {
  requireStateMandate(actor, input.country, COMPILER_ROLES, { allowSecretariat: true });
  const { country, ...rest } = input;
  const fields = TechnologyFields.parse(rest);
  await checkLinks(deps, actor, fields);
  const at = deps.now().toISOString();
  const code = await deps.db.transaction().execute(async (trx) => {
    const code = `${country.toLowerCase()}-${await repo.nextNumber(trx, country)}`;
    await repo
      .insertVersion(trx, {
        code,
        version: 1,
        status: 'draft',
        edition: await currentEdition(trx),
        country,
        ...columnsOf(fields),
        listed: 0,
        latest: 1,
        demo: opts.demo ? 1 : 0,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
        submitted_at: null,
        reviewed_at: null,
        published_at: null,
      })
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? E.editConflict({ code }) : err;
      });
    await deps.audit.record(trx, actor, {
      action: 'environment.technology_created',
      targetType: 'environment_technology',
      targetId: code,
      actingFor: country,
      data: { version: 1 },
    });
    return code;
  });
  return getTechnology(deps, actor, code);
}

/** The latest version, as one who may follow the state's unpublished entries sees it. */
async function loadLatestFor(deps: Pick<Kernel, 'db'>, actor: Actor | null, code: string) {
  const row = await repo.findLatest(deps.db, code);
  if (!row || !seesUnpublished(actor, row.country)) throw E.technologyNotFound({ code });
  return row;
}

/**
 * Replaces a draft's answers, or, when the latest version is published, starts version n+1 as a draft
 * under the same code: the published version stays listed and readable until the new one is published.
 * @throws environment.technology_not_found, environment.wrong_status, auth.no_mandate
 */
export async function updateTechnology(
  deps: EnvDeps,
  actor: Actor,
  code: string,
  input: Fields,
): Promise<TechnologyDto> {
  const row = await loadLatestFor(deps, actor, code);
  requireStateMandate(actor, row.country, COMPILER_ROLES, { allowSecretariat: true });
  if (row.status === 'submitted' || row.status === 'reviewed')
    throw E.wrongStatus({ code, status: row.status, expected: 'draft|published' });
  const fields = TechnologyFields.parse(input);
  await checkLinks(deps, actor, fields);
  const at = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const edition = await currentEdition(trx);
    if (row.status === 'draft') {
      const next = { ...row, ...columnsOf(fields), edition, updated_at: at };
      if (!(await repo.updateVersion(trx, next, row.updated_at))) throw E.editConflict({ code });
    } else {
      await repo.unmarkLatest(trx, code);
      await repo
        .insertVersion(trx, {
          ...row,
          ...columnsOf(fields),
          version: row.version + 1,
          status: 'draft',
          edition,
          listed: 0,
          latest: 1,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
          submitted_at: null,
          reviewed_at: null,
          published_at: null,
        })
        .catch((err: unknown) => {
          throw isUniqueViolation(err) ? E.editConflict({ code }) : err;
        });
    }
    await deps.audit.record(trx, actor, {
      action: row.status === 'draft' ? 'environment.technology_updated' : 'environment.technology_versioned',
      targetType: 'environment_technology',
      targetId: code,
      actingFor: row.country,
      data: { version: row.status === 'draft' ? row.version : row.version + 1 },
    });
  });
  return getTechnology(deps, actor, code);
}

const STEPS = {
  submitted: { action: 'environment.technology_submitted', stamp: 'submitted_at' },
  reviewed: { action: 'environment.technology_reviewed', stamp: 'reviewed_at' },
  published: { action: 'environment.technology_published', stamp: 'published_at' },
} as const;

/** Moves the latest version one step on, stamped and audited; publishing also lists it. */
export async function advance(
  deps: EnvDeps,
  actor: Actor,
  row: repo.TechRow,
  to: keyof typeof STEPS,
  audit: { actingFor: string | null; data?: Record<string, unknown> },
  /** Work of the same step in the same transaction (the panel's review). */
  within?: (trx: Trx) => Promise<unknown>,
) {
  const at = deps.now().toISOString();
  const { action, stamp } = STEPS[to];
  await deps.db.transaction().execute(async (trx) => {
    await within?.(trx);
    const next = { ...row, [stamp]: at, status: to, updated_at: at };
    if (!(await repo.updateVersion(trx, next, row.updated_at))) throw E.editConflict({ code: row.code });
    if (to === 'published') await repo.markListed(trx, row.code, row.version);
    await deps.audit.record(trx, actor, {
      action,
      targetType: 'environment_technology',
      targetId: row.code,
      actingFor: audit.actingFor,
      data: { version: row.version, ...audit.data },
    });
  });
}

/**
 * The state's focal point submits a draft for expert review.
 * @throws environment.technology_not_found, environment.wrong_status, auth.no_mandate
 */
export async function submitTechnology(deps: EnvDeps, actor: Actor, code: string) {
  const row = await loadLatestFor(deps, actor, code);
  requireStateMandate(actor, row.country, FOCAL_POINT_ROLES);
  if (row.status !== 'draft') throw E.wrongStatus({ code, status: row.status, expected: 'draft' });
  await advance(deps, actor, row, 'submitted', { actingFor: row.country });
  return getTechnology(deps, actor, code);
}

/**
 * The Secretariat publishes a reviewed version; it becomes the one the registry lists.
 * @throws environment.technology_not_found, environment.not_reviewed, environment.wrong_status
 */
export async function publishTechnology(deps: EnvDeps, actor: Actor, code: string) {
  const row = await loadLatestFor(deps, actor, code);
  if (row.status === 'submitted') throw E.notReviewed({ code });
  if (row.status !== 'reviewed') throw E.wrongStatus({ code, status: row.status, expected: 'reviewed' });
  await advance(deps, actor, row, 'published', { actingFor: null });
  return getTechnology(deps, actor, code);
}

function fieldsDto(data: string): TechnologyDto['fields'] {
  const f = JSON.parse(data) as Fields;
  const withUsd = (c: Fields['buildCost']) =>
    c && {
      ...c,
      value: { ...c.value, usdMinor: usdMinor(c.value.amountMinor, c.value.currency, c.value.unitsPerUsd) },
    };
  return { ...f, buildCost: withUsd(f.buildCost), runCost: withUsd(f.runCost) };
}

/**
 * An entry as this reader may see it: the latest version for the state's compilers and the
 * Secretariat, the listed (published) one for everyone else; `version` asks for an earlier one.
 * @throws environment.technology_not_found, environment.version_not_found
 */
export async function getTechnology(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  code: string,
  version?: number,
): Promise<TechnologyDto> {
  const all = await repo.listVersions(deps.db, code);
  const insider = !!all[0] && seesUnpublished(actor, all[0].country);
  const visible = insider ? all : all.filter(isPublished);
  if (!visible.length) throw E.technologyNotFound({ code });
  const shown = insider ? visible[0]! : (visible.find((r) => r.listed === 1) ?? visible[0]!);
  const row = version === undefined ? shown : visible.find((r) => r.version === version);
  if (!row) throw E.versionNotFound({ code, version: version! });
  const fields = fieldsDto(row.data);
  const projects = [];
  for (const id of fields.appliedIn) {
    const p = await getProject(deps, actor, id).catch(() => undefined);
    if (p) projects.push({ id, title: p.title });
  }
  const items = await findPlanItems(deps, actor, fields.planItems);
  const photos = await describeFiles(
    deps.db,
    (await repo.listPhotos(deps.db, code)).map((p) => p.file_id),
  );
  return {
    code,
    version: row.version,
    status: row.status as TechnologyDto['status'],
    edition: Number(row.edition),
    country: row.country,
    demo: !!Number(row.demo),
    fields,
    unsourced: unsourcedPointers(fields),
    photos: photos.map((f) => ({ id: f.id, name: f.filename })),
    projects,
    plan: items.flatMap((i) =>
      i
        ? [
            {
              planId: i.planId,
              itemId: i.itemId,
              planTitle: i.planTitle,
              itemTitle: i.itemTitle,
              demo: i.demo,
            },
          ]
        : [],
    ),
    versions: visible.map((r) => ({
      version: r.version,
      status: r.status as TechnologyDto['status'],
      edition: Number(r.edition),
      createdAt: r.created_at,
      submittedAt: r.submitted_at,
      reviewedAt: r.reviewed_at,
      publishedAt: r.published_at,
    })),
    latest: row.version === shown.version,
    updatedAt: row.updated_at,
  };
}

/** The registry's search with its facets, over what this reader may see. */
export async function listTechnologies(
  deps: Pick<Kernel, 'db'>,
  actor: Actor | null,
  q: z.output<typeof TechnologyQuery>,
): Promise<TechListDto> {
  const states = isSecretariat(actor) ? null : statesActedFor(actor, COMPILER_ROLES);
  const f: repo.TechFilter = { ...q, states };
  const [rows, total, sector, country, maturity, climate] = await Promise.all([
    repo.searchTechnologies(deps.db, f, q.limit, q.offset),
    repo.countFiltered(deps.db, f),
    repo.facetCounts(deps.db, f, 'sector'),
    repo.facetCounts(deps.db, f, 'country'),
    repo.facetCounts(deps.db, f, 'maturity'),
    repo.climateCounts(deps.db, f, CLIMATES),
  ]);
  return { items: rows.map(summaryOf), total, facets: { sector, climate, country, maturity } };
}
