import type { NominationStatus, ProgrammeDto } from '../../../../contracts/culture';

/** Each status's i18n key, written out so that the i18n check sees every key in use. */
export const NOMINATION_STATUS_LABEL: Record<NominationStatus, string> = {
  draft: 'culture:nominationStatus.draft',
  submitted: 'culture:nominationStatus.submitted',
  returned: 'culture:nominationStatus.returned',
  complete: 'culture:nominationStatus.complete',
  proposed: 'culture:nominationStatus.proposed',
  designated: 'culture:nominationStatus.designated',
  not_designated: 'culture:nominationStatus.not_designated',
};

export const CYCLE_LABEL: Record<ProgrammeDto['cycle'], string> = {
  yearly: 'culture:cycle.yearly',
  open: 'culture:cycle.open',
};
