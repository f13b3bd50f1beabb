import type { z } from 'zod';
import type { CorridorItemBody, CorridorItemDto } from '../../../contracts/transport-links';
import type { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { DocumentErrors, getInstrument } from '../documents';
import { getMeeting, MeetingErrors } from '../meetings';
import { getCorridor } from './corridors';
import * as repo from './links.repository';
import { LinkErrors } from './transport.errors';

type Deps = Pick<Kernel, 'db' | 'audit' | 'now'>;
type Item = Omit<CorridorItemDto, 'id'>;

/**
 * A meeting or instrument as the caller may see it, through its own module's door (which applies that
 * module's visibility); undefined when the caller may not see it or it does not exist.
 */
async function readItem(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  kind: string,
  id: string,
): Promise<Item | undefined> {
  try {
    if (kind === 'meeting') {
      const m = await getMeeting(deps, actor, id);
      return { kind: 'meeting', itemId: id, title: m.title, date: m.startDate, demo: m.demo };
    }
    const d = await getInstrument(deps, actor, id);
    return { kind: 'document', itemId: id, title: d.title, date: d.signedAt ?? d.adoptedAt, demo: d.demo };
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === MeetingErrors.notFound.code || err.code === DocumentErrors.notFound.code)
    )
      return undefined;
    throw err;
  }
}

/** A corridor's meetings and agreements: only those the caller may see, by the meetings and documents modules. */
export async function listCorridorItems(
  deps: Pick<Kernel, 'db' | 'now'>,
  actor: Actor | null,
  corridor: string,
): Promise<{ meetings: CorridorItemDto[]; documents: CorridorItemDto[] }> {
  await getCorridor(deps, corridor);
  const items: CorridorItemDto[] = [];
  for (const r of await repo.listCorridorItems(deps.db, corridor)) {
    const item = await readItem(deps, actor, r.kind, r.item_id);
    if (item) items.push({ id: r.id, ...item });
  }
  return {
    meetings: items.filter((i) => i.kind === 'meeting'),
    documents: items.filter((i) => i.kind === 'document'),
  };
}

/**
 * The Secretariat tags a meeting or an instrument with a corridor; it must see the record (a 404 of the
 * owning module otherwise). @throws transport.corridor_not_found, meetings.not_found,
 * documents.not_found, transport.corridor_item_exists
 */
export async function addCorridorItem(
  deps: Deps,
  actor: Actor,
  corridor: string,
  input: z.infer<typeof CorridorItemBody>,
): Promise<CorridorItemDto> {
  await getCorridor(deps, corridor);
  const item = await readItem(deps, actor, input.kind, input.itemId);
  if (!item) throw (input.kind === 'meeting' ? MeetingErrors : DocumentErrors).notFound({ id: input.itemId });
  const row: repo.CorridorItemRow = {
    id: newId(),
    corridor_id: corridor,
    kind: input.kind,
    item_id: input.itemId,
    created_at: deps.now().toISOString(),
    created_by: actor.userId,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertCorridorItem(trx, row);
      await deps.audit.record(trx, actor, {
        action: 'transport.corridor_item_added',
        targetType: 'transport_corridor_item',
        targetId: row.id,
        actingFor: 'secretariat',
        data: { corridor, kind: input.kind, itemId: input.itemId },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw LinkErrors.corridorItemExists({ item: input.itemId });
    throw err;
  }
  return { id: row.id, ...item };
}

/** @throws transport.corridor_item_not_found */
export async function removeCorridorItem(deps: Deps, actor: Actor, corridor: string, id: string) {
  const row = await repo.findCorridorItem(deps.db, id);
  if (!row || row.corridor_id !== corridor) throw LinkErrors.corridorItemNotFound({ id });
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteCorridorItem(trx, id);
    await deps.audit.record(trx, actor, {
      action: 'transport.corridor_item_removed',
      targetType: 'transport_corridor_item',
      targetId: id,
      actingFor: 'secretariat',
      data: { corridor, kind: row.kind, itemId: row.item_id },
    });
  });
}
