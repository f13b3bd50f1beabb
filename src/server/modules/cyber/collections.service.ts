import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/actor';
import { AuthErrors } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import type { Kernel } from '../../core/module';
import { currentMemberCodes, loadStates } from '../states';
import { CyberErrors } from './cyber.errors';
import * as repo from './cyber.repository';

/**
 * The exchange's standing collections, created for every current member state at each start (so a new
 * member gets its CERT's collection) plus the community and best-practices collections. Idempotent.
 */
export async function seedCollections(kernel: Kernel) {
  const members = (await loadStates(kernel.db)).filter((s) => s.status === 'member');
  const wanted: Omit<repo.CollectionRow, 'id'>[] = [
    {
      alias: 'community',
      kind: 'community',
      title: 'Community',
      description: 'Written by any member CERT, read by the community',
      ownerState: null,
      members: [],
    },
    {
      alias: 'best-practices',
      kind: 'best_practices',
      title: 'Best practices',
      description: 'Courses of action, reports and notes on practices the member CERTs share',
      ownerState: null,
      members: [],
    },
    ...members.map((s) => ({
      alias: `cert-${s.code.toLowerCase()}`,
      kind: 'cert' as const,
      title: `CERT of ${s.name.en}`,
      description: `Published by the national CERT of ${s.name.en}, read by the community`,
      ownerState: s.code,
      members: [],
    })),
  ];
  const existing = new Set((await repo.listCollections(kernel.db)).map((c) => c.alias));
  const missing = wanted.filter((w) => !existing.has(w.alias));
  if (missing.length === 0) return;
  // One transaction: with synchronous=FULL every commit is a disk flush, and this runs at every start.
  await kernel.db.transaction().execute(async (trx) => {
    for (const w of missing) {
      await repo.insertCollection(trx, {
        ...w,
        id: randomUUID(),
        createdAt: kernel.now().toISOString(),
        createdBy: null,
      });
    }
  });
}

export interface SharingGroupInput {
  alias: string;
  title: string;
  description?: string | undefined;
  members: string[];
}

/** A collection for a sharing group of some member CERTs, created by the exchange's coordinator. */
export async function createSharingGroup(kernel: Kernel, actor: Actor | null, input: SharingGroupInput) {
  if (!actor) throw AuthErrors.unauthenticated();
  if (!kernel.perms.can(actor, 'cyber.group.create')) throw AuthErrors.forbidden();
  const memberCodes = await currentMemberCodes(kernel.db);
  const members = [...new Set(input.members)].sort();
  const outsider = members.find((m) => !memberCodes.includes(m));
  if (outsider) throw CyberErrors.groupInvalid({ reason: `${outsider} is not a member state` });
  if (members.length < 2) throw CyberErrors.groupInvalid({ reason: 'at least two member CERTs' });
  const row: repo.CollectionRow = {
    id: randomUUID(),
    alias: input.alias,
    kind: 'group',
    title: input.title,
    description: input.description ?? null,
    ownerState: null,
    members,
  };
  try {
    await kernel.db.transaction().execute(async (trx) => {
      await repo.insertCollection(trx, {
        ...row,
        createdAt: kernel.now().toISOString(),
        createdBy: actor.userId,
      });
      await kernel.audit.record(trx, actor, {
        action: 'cyber.sharing_group_created',
        targetType: 'cyber_collection',
        targetId: row.id,
        actingFor: 'secretariat',
        data: { alias: row.alias, members },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw CyberErrors.aliasTaken({ alias: input.alias });
    throw err;
  }
  return row;
}
