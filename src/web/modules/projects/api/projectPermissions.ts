import type { MeDto } from '../../../../contracts/auth';
import type { LedgerEntryDto } from '../../../../contracts/finance';
import type { ProjectDto } from '../../../../contracts/projects';
import { isSecretariat, statesSpokenFor } from '../../auth';

/*
 * Mirrors the projects module's policy (src/server/modules/projects/README.md, "Permissions") only to
 * decide what to show; the server decides what is allowed.
 */

type Me = MeDto | null | undefined;

/** The Secretariat's own voice in the discussion, beside the states' delegations. */
export const SECRETARIAT = 'secretariat';

const TERMINAL_STAGES: readonly string[] = ['completion', 'cancelled'];

export function isTerminal(project: Pick<ProjectDto, 'stage'>): boolean {
  return TERMINAL_STAGES.includes(project.stage);
}

/** The member states the user proposes projects for: those they are national coordinator of. */
export function proposingStatesOf(me: Me, memberCodes: readonly string[]): string[] {
  const codes = (me?.mandates ?? [])
    .filter((m) => m.role === 'national_coordinator' && m.state !== null && memberCodes.includes(m.state))
    .map((m) => m.state!);
  return [...new Set(codes)].sort();
}

export function canPropose(me: Me, memberCodes: readonly string[]): boolean {
  return isSecretariat(me) || proposingStatesOf(me, memberCodes).length > 0;
}

/**
 * Who keeps the file (checklist, milestones, indicators): the Secretariat, and the proposing state's
 * coordinator or delegate.
 */
export function canKeepFile(me: Me, project: Pick<ProjectDto, 'proposingState'>): boolean {
  if (isSecretariat(me)) return true;
  return !!project.proposingState && statesSpokenFor(me).includes(project.proposingState);
}

/** Stage moves and approval are the Secretariat's. */
export function canManageStage(me: Me): boolean {
  return isSecretariat(me);
}

/** The member states the user may say are interested: their own, while the project is open. */
export function interestStatesOf(me: Me, project: ProjectDto, memberCodes: readonly string[]): string[] {
  if (isTerminal(project)) return [];
  return statesSpokenFor(me).filter((s) => memberCodes.includes(s));
}

/** 'any' for the Secretariat; otherwise the states the user may book as the funder (their own). */
export function bookingFundersOf(me: Me): 'any' | string[] {
  return isSecretariat(me) ? 'any' : statesSpokenFor(me);
}

/**
 * Whether the user may correct an entry by booking its reverse: whoever may book for its funder, while
 * it stands (a reversing entry is not reversed in turn, an entry only once).
 */
export function mayReverse(me: Me, entry: Pick<LedgerEntryDto, 'funder' | 'reverses' | 'reversedBy'>) {
  if (entry.reverses !== null || entry.reversedBy !== null) return false;
  const funders = bookingFundersOf(me);
  return funders === 'any' || funders.includes(entry.funder);
}

/** Exchange rates for reports are recorded by the Secretariat. */
export function canRecordRates(me: Me): boolean {
  return isSecretariat(me);
}

/**
 * Where the user may register organisations: 'any' country for the Secretariat; otherwise the
 * countries they are national coordinator of (none for anyone else).
 */
export function organisationCountriesOf(me: Me): 'any' | string[] {
  if (isSecretariat(me)) return 'any';
  const codes = (me?.mandates ?? [])
    .filter((m) => m.role === 'national_coordinator' && m.state !== null)
    .map((m) => m.state!);
  return [...new Set(codes)].sort();
}

/** The voices the user may speak with in the discussion: the Secretariat, or their member states. */
export function voicesOf(me: Me, memberCodes: readonly string[]): string[] {
  return [
    ...(isSecretariat(me) ? [SECRETARIAT] : []),
    ...statesSpokenFor(me).filter((s) => memberCodes.includes(s)),
  ];
}

/** A question to the sponsors is answered by the Secretariat or a sponsoring state. */
export function mayAnswer(voice: string, project: Pick<ProjectDto, 'sponsors'>): boolean {
  return voice === SECRETARIAT || project.sponsors.includes(voice);
}

/** The discussion is read by the Secretariat and anyone holding a mandate of a member state. */
export function seesDiscussion(me: Me, memberCodes: readonly string[]): boolean {
  return isSecretariat(me) || !!me?.mandates.some((m) => m.state !== null && memberCodes.includes(m.state));
}
