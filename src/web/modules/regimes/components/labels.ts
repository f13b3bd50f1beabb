import type { RegimeType, StatusKind, VisaRequirement } from '../../../../contracts/regimes';

export const TYPE_LABEL: Record<RegimeType, string> = {
  special_economic_zone: 'regimes:type.special_economic_zone',
  free_customs_zone: 'regimes:type.free_customs_zone',
  tax_regime: 'regimes:type.tax_regime',
  aeo_programme: 'regimes:type.aeo_programme',
  green_corridor: 'regimes:type.green_corridor',
  visa_regime: 'regimes:type.visa_regime',
  work_permit_quota: 'regimes:type.work_permit_quota',
};
export const STATUS_LABEL: Record<StatusKind, string> = {
  initiated: 'regimes:status.initiated',
  in_force: 'regimes:status.in_force',
  withdrawn: 'regimes:status.withdrawn',
};
export const VISA_LABEL: Record<VisaRequirement, string> = {
  visa_free: 'regimes:visa.visa_free',
  visa_on_arrival: 'regimes:visa.visa_on_arrival',
  e_visa: 'regimes:visa.e_visa',
  eta: 'regimes:visa.eta',
  visa_required: 'regimes:visa.visa_required',
  no_admission: 'regimes:visa.no_admission',
};

export const ACTION_LABEL = {
  create: 'regimes:import.create',
  update: 'regimes:import.update',
  unchanged: 'regimes:import.unchanged',
} as const;
export const IMPORT_STATUS_LABEL = {
  queued: 'regimes:import.status.queued',
  running: 'regimes:import.status.running',
  done: 'regimes:import.status.done',
  failed: 'regimes:import.status.failed',
} as const;
