import type { Localized } from '../../../contracts/common';
import type { Actor } from '../../core/auth/actor';
import { DecisionErrors } from './decisions.errors';
import { loadVisible } from './decisions.policy';
import * as repo from './decisions.repository';
import { getDecision, type DecisionsDeps } from './decisions.service';

/** A new version of the draft text, kept with who changed it (Secretariat, while open). */
export async function reviseText(
  deps: DecisionsDeps,
  actor: Actor,
  id: string,
  input: { title?: Localized; text?: Localized; note?: string },
) {
  await deps.db.transaction().execute(async (trx) => {
    const d = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'update' });
    if (!d) throw DecisionErrors.notFound({ id });
    if (d.status !== 'open') throw DecisionErrors.notOpen({ id, status: d.status });
    const version = d.version + 1;
    const title = input.title ?? d.title;
    const text = input.text ?? d.text;
    if (
      JSON.stringify(title) === JSON.stringify(d.title) &&
      JSON.stringify(text) === JSON.stringify(d.text)
    ) {
      throw DecisionErrors.noChange();
    }
    await repo.insertTextVersion(trx, {
      decision_id: id,
      version,
      title: JSON.stringify(title),
      text: text ? JSON.stringify(text) : null,
      note: input.note ?? null,
      changed_by: actor.userId,
      changed_at: deps.now().toISOString(),
    });
    await repo.updateDecision(trx, id, {
      version,
      title: JSON.stringify(title),
      text: text ? JSON.stringify(text) : null,
    });
    await deps.audit.record(trx, actor, {
      action: 'decisions.text_revised',
      targetType: 'decision',
      targetId: id,
      actingFor: 'secretariat',
      data: { version, note: input.note ?? null },
    });
  });
  return getDecision(deps, actor, id);
}

export async function listVersions(deps: Pick<DecisionsDeps, 'db'>, actor: Actor | null, id: string) {
  await loadVisible(deps, actor, id);
  return (await repo.listTextVersions(deps.db, id)).map((v) => ({
    version: Number(v.version),
    title: JSON.parse(v.title) as Localized,
    text: v.text ? (JSON.parse(v.text) as Localized) : null,
    note: v.note,
    changedBy: v.changed_by,
    changedAt: v.changed_at,
  }));
}
