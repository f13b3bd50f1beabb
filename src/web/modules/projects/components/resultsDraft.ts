import type { Localized } from '../../../../contracts/common';
import type {
  Indicator,
  Milestone,
  MilestoneStatus,
  MilestoneUpdate,
  NewIndicator,
  NewMilestone,
} from '../api/projectsApi';
import { normaliseMeasure } from './money';

export interface MilestoneDraft {
  title: Localized;
  dueDate: string;
  status: MilestoneStatus;
}

export interface MilestoneUpdateDraft {
  status: MilestoneStatus;
  evidenceText: string;
  evidenceUrl: string;
}

export interface IndicatorDraft {
  name: Localized;
  unit: string;
  baseline: string;
  target: string;
}

export function toMilestoneBody(draft: MilestoneDraft): NewMilestone {
  return { title: draft.title, dueDate: draft.dueDate, status: draft.status };
}

/** The form's starting point for a milestone: what it says now. */
export function milestoneUpdateDraft(milestone: Milestone): MilestoneUpdateDraft {
  return {
    status: milestone.status,
    evidenceText: milestone.evidence.text ?? '',
    evidenceUrl: milestone.evidence.url ?? '',
  };
}

/**
 * The PUT body for a milestone: its status, and its evidence only when it was changed, because evidence
 * sent replaces the earlier evidence whole (both fields emptied remove it).
 */
export function toMilestoneUpdate(draft: MilestoneUpdateDraft, current: Milestone): MilestoneUpdate {
  const text = draft.evidenceText.trim();
  const url = draft.evidenceUrl.trim();
  const changed = text !== (current.evidence.text ?? '') || url !== (current.evidence.url ?? '');
  return {
    status: draft.status,
    ...(changed ? { evidence: { ...(text ? { text } : {}), ...(url ? { url } : {}) } } : {}),
  };
}

/** Baseline and target go as exact decimal strings, read as the server reads them. */
export function toIndicatorBody(draft: IndicatorDraft): NewIndicator {
  return {
    name: draft.name,
    unit: draft.unit.trim(),
    baseline: normaliseMeasure(draft.baseline),
    target: normaliseMeasure(draft.target),
  };
}

/** The indicator a form should offer first: the first one not yet measured, else the first. */
export function firstToMeasure(indicators: Indicator[]): Indicator | undefined {
  return indicators.find((i) => i.actual === null) ?? indicators[0];
}
