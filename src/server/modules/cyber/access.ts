import type { Actor } from '../../core/auth/actor';
import { isActive } from '../../core/auth/actor';
import { RED, TLP_RANK, type Tlp } from './markings';

/**
 * Who reads and writes what in the exchange (ADR 0020). Pure functions of the actor, the current
 * member states and a collection, so that every read path asks the same questions.
 */
export type CollectionKind = 'cert' | 'community' | 'best_practices' | 'group';

export interface CollectionRef {
  id: string;
  kind: CollectionKind;
  ownerState: string | null;
  /** Group collections: the member states whose CERTs form the group. */
  members: string[];
}

export interface Reader {
  userId: string | null;
  /** Member states the user holds any current mandate for: the CERT's organisation and its clients. */
  memberStates: string[];
  /** Member states the user is a CERT analyst for. */
  certStates: string[];
  /** The Secretariat's coordinator of the exchange. */
  coordinator: boolean;
}

export const ANONYMOUS: Reader = { userId: null, memberStates: [], certStates: [], coordinator: false };

export function readerOf(actor: Actor | null, memberCodes: readonly string[]): Reader {
  if (!actor) return ANONYMOUS;
  const current = actor.mandates.filter((m) => isActive(m));
  const states = (roles?: string[]) => [
    ...new Set(
      current
        .filter((m) => m.stateCode && memberCodes.includes(m.stateCode) && (!roles || roles.includes(m.role)))
        .map((m) => m.stateCode!),
    ),
  ];
  return {
    userId: actor.userId,
    memberStates: states().sort(),
    certStates: states(['cert_analyst']).sort(),
    coordinator: current.some((m) => m.role === 'cyber_coordinator'),
  };
}

/** The states whose CERTs read a collection: a group's members, else the whole community. */
export function readerStates(c: CollectionRef, memberCodes: readonly string[]): string[] {
  return c.kind === 'group' ? c.members.filter((s) => memberCodes.includes(s)) : [...memberCodes];
}

const meets = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Whether the collection exists for this reader at all (groups are invisible to outsiders). */
export function canSee(r: Reader, c: CollectionRef, memberCodes: readonly string[]): boolean {
  if (c.kind !== 'group') return true;
  return r.coordinator || meets(r.memberStates, readerStates(c, memberCodes));
}

export function canRead(r: Reader, c: CollectionRef, memberCodes: readonly string[]): boolean {
  return canSee(r, c, memberCodes);
}

/** The states in whose name the reader may publish to the collection (empty: may not write). */
export function writableFor(r: Reader, c: CollectionRef, memberCodes: readonly string[]): string[] {
  if (c.kind === 'cert') return c.ownerState && r.certStates.includes(c.ownerState) ? [c.ownerState] : [];
  return r.certStates.filter((s) => readerStates(c, memberCodes).includes(s));
}

/** What the reader may receive from one collection: a TLP ceiling, plus RED for the states named. */
export interface Clearance {
  maxRank: number;
  /** States for which the reader receives RED objects that name them as recipients. */
  redStates: string[];
}

export function clearance(r: Reader, c: CollectionRef, memberCodes: readonly string[]): Clearance {
  const readers = readerStates(c, memberCodes);
  if (!canRead(r, c, memberCodes)) return { maxRank: -1, redStates: [] };
  let maxRank = TLP_RANK.clear;
  if (r.memberStates.length > 0 || r.coordinator) maxRank = TLP_RANK.green;
  if (meets(r.memberStates, readers)) maxRank = TLP_RANK.amber;
  const certReaders = r.certStates.filter((s) => readers.includes(s));
  if (certReaders.length > 0) maxRank = TLP_RANK['amber+strict'];
  return { maxRank, redStates: certReaders };
}

export function mayReceive(cl: Clearance, rank: number, recipients: readonly string[]): boolean {
  if (rank <= cl.maxRank) return true;
  return rank === RED && meets(cl.redStates, recipients);
}

export function mayReadLevel(cl: Clearance, recipients: readonly string[]) {
  return (t: Tlp) => mayReceive(cl, TLP_RANK[t], recipients);
}
