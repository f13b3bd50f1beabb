import type { Localized } from '../../../contracts/common';
import type { Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { getInstrument } from '../documents';
import * as repo from './plans.repository';

export interface PlanItemRef {
  planId: string;
  itemId: string;
}

export interface PlanItemSummary extends PlanItemRef {
  planTitle: Localized;
  itemTitle: Localized;
  demo: boolean;
}

/**
 * Plan items for other modules to link to (the cyber library's practices): each reference as this
 * actor may see it, or undefined where the plan or item does not exist or its instrument is hidden.
 */
export async function findPlanItems(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  refs: readonly PlanItemRef[],
): Promise<(PlanItemSummary | undefined)[]> {
  const plans = new Map<string, { title: Localized; demo: boolean } | undefined>();
  for (const planId of new Set(refs.map((r) => r.planId))) {
    const plan = await repo.findPlan(deps.db, planId);
    const visible =
      plan &&
      (await getInstrument(deps, actor, plan.instrument_id).then(
        () => true,
        () => false,
      ));
    plans.set(
      planId,
      visible ? { title: JSON.parse(plan.title) as Localized, demo: !!Number(plan.demo) } : undefined,
    );
  }
  return Promise.all(
    refs.map(async (r) => {
      const plan = plans.get(r.planId);
      const item = plan && (await repo.findItem(deps.db, r.planId, r.itemId));
      if (!plan || !item) return undefined;
      return {
        planId: r.planId,
        itemId: r.itemId,
        planTitle: plan.title,
        itemTitle: JSON.parse(item.title) as Localized,
        demo: plan.demo,
      };
    }),
  );
}
