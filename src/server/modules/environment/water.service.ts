import type { z } from 'zod';
import type { TranslatedText } from '../../../contracts/common';
import type { RecordPointsBody, WaterBodyDto, WaterBodySummaryDto } from '../../../contracts/environment';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { getPlan } from '../plans';
import { EnvironmentErrors as E } from './environment.errors';
import { summaryOf } from './technologies.service';
import { listedAtWaterBody } from './technologies.repository';
import * as repo from './water.repository';

type Deps = Pick<Kernel, 'db' | 'audit' | 'now'>;

/**
 * The water bodies the member states share or worry about, as issue 13 names them: names only. The
 * Russian and Chinese names are the platform's working translation; no figure is loaded as fact.
 */
const REGISTRY: { id: string; name: TranslatedText }[] = [
  { id: 'aral_sea', name: { en: 'Aral Sea', ru: 'Аральское море', zh: '咸海', working: ['ru', 'zh'] } },
  {
    id: 'lake_balkhash',
    name: { en: 'Lake Balkhash', ru: 'Озеро Балхаш', zh: '巴尔喀什湖', working: ['ru', 'zh'] },
  },
  { id: 'issyk_kul', name: { en: 'Issyk-Kul', ru: 'Иссык-Куль', zh: '伊塞克湖', working: ['ru', 'zh'] } },
  {
    id: 'caspian_sea',
    name: { en: 'Caspian Sea', ru: 'Каспийское море', zh: '里海', working: ['ru', 'zh'] },
  },
];

export async function seedWaterBodies(kernel: Pick<Kernel, 'db'>) {
  await repo.insertMissingBodies(
    kernel.db,
    REGISTRY.map((b) => ({ id: b.id, name: JSON.stringify(b.name), states: '[]', plan_id: null })),
  );
}

function summary(b: repo.WaterBodyRow, indicators: string[]): WaterBodySummaryDto {
  return {
    id: b.id,
    name: JSON.parse(b.name) as TranslatedText,
    states: JSON.parse(b.states) as string[],
    indicators: indicators as WaterBodySummaryDto['indicators'],
    planId: b.plan_id,
  };
}

export async function listWaterBodies(deps: Pick<Kernel, 'db'>) {
  const [bodies, ind] = await Promise.all([repo.listWaterBodies(deps.db), repo.indicatorsByBody(deps.db)]);
  return {
    items: bodies.map((b) =>
      summary(
        b,
        ind.filter((i) => i.body_id === b.id).map((i) => i.indicator),
      ),
    ),
  };
}

/** A water body with a series per indicator and unit, its joint-action plan and the technologies applied there. */
export async function getWaterBody(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  id: string,
): Promise<WaterBodyDto> {
  const body = await repo.findWaterBody(deps.db, id);
  if (!body) throw E.waterBodyNotFound({ id });
  const points = await repo.listPoints(deps.db, id);
  const series: WaterBodyDto['series'] = [];
  for (const p of points) {
    let s = series.at(-1);
    if (!s || s.indicator !== p.indicator || s.unit !== p.unit) {
      s = { indicator: p.indicator as WaterBodyDto['series'][number]['indicator'], unit: p.unit, points: [] };
      series.push(s);
    }
    s.points.push({
      indicator: s.indicator,
      date: p.date,
      value: Number(p.value),
      unit: p.unit,
      source: p.source,
      method: p.method,
      demo: !!Number(p.demo),
    });
  }
  // A plan the reader may not see is left out, as if none were linked.
  const plan = body.plan_id ? await getPlan(deps, actor, body.plan_id).catch(() => undefined) : undefined;
  const techs = (await listedAtWaterBody(deps.db, id)).filter((t) => t.water_bodies.includes(`|${id}|`));
  return {
    ...summary(body, [...new Set(series.map((s) => s.indicator))]),
    series,
    plan: plan ? { id: plan.id, title: plan.title } : null,
    technologies: techs.map(summaryOf),
  };
}

/**
 * The Secretariat records values of a water body's indicators, each with its source and method.
 * @throws environment.water_body_not_found, environment.point_exists
 */
export async function recordPoints(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof RecordPointsBody>,
  opts: { demo?: boolean } = {},
) {
  if (!(await repo.findWaterBody(deps.db, id))) throw E.waterBodyNotFound({ id });
  const at = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await repo
      .insertPoints(
        trx,
        input.points.map((p) => ({
          body_id: id,
          ...p,
          demo: opts.demo ? 1 : 0,
          recorded_at: at,
          recorded_by: actor.userId,
        })),
      )
      .catch((err: unknown) => {
        if (!isUniqueViolation(err)) throw err;
        const p = input.points[0]!;
        throw E.pointExists({ indicator: p.indicator, date: p.date });
      });
    await deps.audit.record(trx, actor, {
      action: 'environment.water_points_recorded',
      targetType: 'environment_water_body',
      targetId: id,
      actingFor: 'secretariat',
      data: { count: input.points.length, indicators: [...new Set(input.points.map((p) => p.indicator))] },
    });
  });
  return getWaterBody(deps, actor, id);
}

/**
 * Links the plan of joint actions for a water body (plans module), or unlinks it.
 * @throws environment.water_body_not_found, environment.plan_not_found
 */
export async function linkPlan(deps: Deps, actor: Actor, id: string, planId: string | null) {
  if (!(await repo.findWaterBody(deps.db, id))) throw E.waterBodyNotFound({ id });
  if (planId)
    await getPlan(deps, actor, planId).catch(() => {
      throw E.planNotFound({ planId });
    });
  await deps.db.transaction().execute(async (trx) => {
    await repo.setPlan(trx, id, planId);
    await deps.audit.record(trx, actor, {
      action: 'environment.water_body_plan_linked',
      targetType: 'environment_water_body',
      targetId: id,
      actingFor: 'secretariat',
      data: { planId },
    });
  });
  return getWaterBody(deps, actor, id);
}
