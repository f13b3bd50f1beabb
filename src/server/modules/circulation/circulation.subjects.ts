import type { Localized } from '../../../contracts/common';
import type { Actor } from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { CirculationErrors } from './circulation.errors';

/** What a circulated record shows on the circulation: its title, read through the owner's door. */
export interface SubjectKind {
  /**
   * Checks that the record exists and that the actor may circulate it (the owner's own visibility
   * rule, so a restricted record answers 404 as it does on its own page); returns its title.
   */
  resolve(kernel: Kernel, actor: Actor | null, id: string): Promise<{ title: Localized }>;
}

const kinds = new Map<string, SubjectKind>();

/**
 * Plugs in a kind of record the Secretariat may circulate (a nomination dossier, a CBM message): the
 * owning module calls this from its `index.ts`, so the circulation module imports none of them.
 */
export function defineSubjectKind(kind: string, subject: SubjectKind) {
  if (kinds.has(kind)) throw new Error(`Circulation subject kind ${kind} defined twice`);
  kinds.set(kind, subject);
}

export function subjectKind(kind: string): SubjectKind {
  const k = kinds.get(kind);
  if (!k) throw CirculationErrors.unknownSubjectKind({ kind });
  return k;
}
