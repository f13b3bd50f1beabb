import type { Criterion, Mode, NodeType } from '../../../../contracts/transport';
import type { NodeShape } from './networkMapGeometry';

// Whole keys as literals, so that the i18n check sees each one used.

export const MODE_LABEL: Record<Mode, string> = {
  rail: 'transport:mode.rail',
  road: 'transport:mode.road',
  ferry: 'transport:mode.ferry',
  sea: 'transport:mode.sea',
  inland_waterway: 'transport:mode.inland_waterway',
  border_gauge_change: 'transport:mode.border_gauge_change',
};

export const NODE_TYPE_LABEL: Record<NodeType, string> = {
  seaport: 'transport:nodeType.seaport',
  caspian_port: 'transport:nodeType.caspian_port',
  river_port: 'transport:nodeType.river_port',
  inland_port: 'transport:nodeType.inland_port',
  dry_port: 'transport:nodeType.dry_port',
  logistics_hub: 'transport:nodeType.logistics_hub',
  rail_junction: 'transport:nodeType.rail_junction',
  border_crossing: 'transport:nodeType.border_crossing',
  border_gauge_change: 'transport:nodeType.border_gauge_change',
};

export const SHAPE_LABEL: Record<NodeShape, string> = {
  port: 'transport:shape.port',
  dry_port: 'transport:shape.dry_port',
  hub: 'transport:shape.hub',
  junction: 'transport:shape.junction',
  border: 'transport:shape.border',
};

export const CRITERION_LABEL: Record<Criterion, string> = {
  time: 'transport:criterion.time',
  cost: 'transport:criterion.cost',
  co2: 'transport:criterion.co2',
  pareto: 'transport:criterion.pareto',
};

export const SERVICE_LABEL = {
  customs_pre_clearance: 'transport:service.customs_pre_clearance',
  transshipment: 'transport:service.transshipment',
  storage: 'transport:service.storage',
  digital_documents: 'transport:service.digital_documents',
} as const;

export const PARTNER_STATUS_LABEL = {
  applied: 'transport:partnerStatus.applied',
  member: 'transport:partnerStatus.member',
  not_admitted: 'transport:partnerStatus.not_admitted',
} as const;
