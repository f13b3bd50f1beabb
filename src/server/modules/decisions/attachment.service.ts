import type { DecisionDto } from '../../../contracts/decisions';
import { AuthErrors, isSecretariat, requireStateMandate, type Actor } from '../../core/auth/actor';
import type { Db } from '../../core/db/database';
import {
  checkFile,
  defineFileUse,
  describeFiles,
  findFile,
  OFFICE_KINDS,
  storeFile,
  type FileInput,
} from '../../core/files';
import { DecisionErrors } from './decisions.errors';
import { loadVisible } from './decisions.policy';
import * as repo from './decisions.repository';
import type { DecisionsDeps } from './decisions.service';

/** Office documents attached to drafts. */
export const attachmentUse = defineFileUse({
  name: 'decisions.attachment',
  module: 'decisions',
  accepts: OFFICE_KINDS,
  maxBytes: 20 * 1024 * 1024,
});

export async function attachmentDtos(db: Db, id: string): Promise<DecisionDto['attachments']> {
  const files = await describeFiles(db, await repo.listAttachmentIds(db, id));
  return files.map((f) => ({
    id: f.id,
    filename: f.filename,
    mediaType: f.mediaType,
    size: f.size,
    sha256: f.sha256,
    uploadedBy: f.uploadedBy ?? '',
    uploadedAt: f.uploadedAt,
  }));
}

/**
 * Attaches a file to an open draft: the Secretariat, or a delegation of a participating state (which
 * speaks for that state: the `state` form field).
 */
export async function addAttachment(
  deps: DecisionsDeps,
  actor: Actor,
  id: string,
  input: { state?: string },
  file: FileInput,
) {
  const d = await loadVisible(deps, actor, id);
  const checked = await checkFile(attachmentUse, file);
  const participants = await repo.listParticipants(deps.db, id);
  let actingFor: string;
  if (input.state) {
    if (!participants.includes(input.state)) throw DecisionErrors.notParticipant({ state: input.state });
    actingFor = requireStateMandate(actor, input.state, ['national_coordinator', 'delegate']);
  } else if (isSecretariat(actor)) {
    actingFor = 'secretariat';
  } else {
    throw AuthErrors.forbidden();
  }
  const stored = await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDecision(trx, id, { kind: deps.dbKind, mode: 'share' });
    if (current?.status !== 'open') throw DecisionErrors.notOpen({ id, status: current?.status ?? d.status });
    const f = await storeFile(trx, checked, {
      ownerRecord: id,
      uploadedBy: actor.email,
      actingFor,
      at: deps.now().toISOString(),
    });
    await repo.insertAttachment(trx, { id: f.id, decision_id: id });
    await deps.audit.record(trx, actor, {
      action: 'decisions.attachment_added',
      targetType: 'decision',
      targetId: id,
      actingFor,
      data: { attachmentId: f.id, filename: f.filename, sha256: f.sha256, size: f.size },
    });
    return f;
  });
  return (await attachmentDtos(deps.db, id)).find((a) => a.id === stored.id)!;
}

/** An attachment's stored file, for download; 404 unless the actor may see the decision. */
export async function getAttachment(
  deps: Pick<DecisionsDeps, 'db'>,
  actor: Actor | null,
  id: string,
  attachmentId: string,
) {
  await loadVisible(deps, actor, id);
  const a = await repo.findAttachment(deps.db, id, attachmentId);
  const f = a && (await findFile(deps.db, 'decisions', a.id));
  if (!f) throw DecisionErrors.notFound({ id: attachmentId });
  return f;
}
