import { TechnologyFields } from '../../../contracts/environment';
import type { DbOrTrx } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { EnvironmentErrors as E } from './environment.errors';
import { EDITIONS, type Edition } from './questionnaire';
import * as repo from './technologies.repository';

/** The questionnaire's edition now in force: the last one applied (0 before the first). */
export async function currentEdition(d: DbOrTrx) {
  const editions = await repo.listEditions(d);
  return editions.length ? Number(editions.at(-1)!.edition) : 0;
}

const PAGE = 500;

/**
 * Applies the next edition of the questionnaire: every stored version of every entry, published or not,
 * is migrated to it in one transaction and checked against the form; one that does not fit undoes the
 * whole edition. The release note and the count of migrated versions are kept with it.
 * @throws environment.edition_out_of_order
 */
export async function applyEdition(deps: Pick<Kernel, 'db' | 'audit' | 'now'>, edition: Edition) {
  return deps.db.transaction().execute(async (trx) => {
    const current = await currentEdition(trx);
    if (edition.edition !== current + 1) throw E.editionOutOfOrder({ edition: edition.edition, current });
    let migrated = 0;
    let after: [string, number] | null = null;
    for (;;) {
      const rows = await repo.versionsBefore(trx, edition.edition, after, PAGE);
      for (const r of rows) {
        const data = edition.migrate(JSON.parse(r.data) as Record<string, unknown>);
        const fields = TechnologyFields.parse(data);
        await repo.setMigrated(trx, r.code, r.version, edition.edition, JSON.stringify(fields));
        migrated++;
      }
      if (rows.length < PAGE) break;
      after = [rows.at(-1)!.code, rows.at(-1)!.version];
    }
    await repo.insertEdition(trx, {
      edition: edition.edition,
      released_at: deps.now().toISOString(),
      changes: JSON.stringify(edition.changes),
      migrated,
    });
    await deps.audit.record(trx, null, {
      action: 'environment.edition_applied',
      targetType: 'environment_edition',
      targetId: String(edition.edition),
      actingFor: null,
      data: { migrated, changes: edition.changes },
    });
    return { edition: edition.edition, migrated };
  });
}

/** Brings the questionnaire up to the code's last edition at start-up; idempotent. */
export async function applyPendingEditions(kernel: Pick<Kernel, 'db' | 'audit' | 'now'>) {
  const current = await currentEdition(kernel.db);
  for (const e of EDITIONS.filter((x) => x.edition > current)) await applyEdition(kernel, e);
}

export async function questionnaire(deps: Pick<Kernel, 'db'>) {
  const editions = await repo.listEditions(deps.db);
  return {
    current: editions.length ? Number(editions.at(-1)!.edition) : 0,
    editions: editions.map((e) => ({
      edition: Number(e.edition),
      releasedAt: e.released_at,
      changes: JSON.parse(e.changes) as string[],
      migrated: Number(e.migrated),
    })),
  };
}
