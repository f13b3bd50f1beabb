import { isActive, type Actor } from '../../core/auth/actor';

/**
 * Who takes part in the CBM exchange (ADR 0069): a `defence_contact` mandate for a state makes its
 * holder that state's defence contact; one without a state is a Secretariat officer the Secretariat
 * designated. Anyone else gets null, and every CBM path answers them as if it did not exist.
 */
export interface CbmReader {
  actor: Actor;
  /** The states the reader is defence contact for. */
  states: string[];
  /** A designated Secretariat officer: sees the whole exchange, speaks for no state. */
  secretariat: boolean;
}

export function cbmReaderOf(actor: Actor | null): CbmReader | null {
  if (!actor) return null;
  const mandates = actor.mandates.filter((m) => m.role === 'defence_contact' && isActive(m));
  if (mandates.length === 0) return null;
  return {
    actor,
    states: [...new Set(mandates.filter((m) => m.stateCode).map((m) => m.stateCode!))].sort(),
    secretariat: mandates.some((m) => m.stateCode === null),
  };
}

/** Whether the reader sees a message: the Secretariat all, a state what it sent or received. */
export function seesMessage(r: CbmReader, m: { fromState: string; toStates: readonly string[] }): boolean {
  return r.secretariat || r.states.includes(m.fromState) || m.toStates.some((s) => r.states.includes(s));
}
