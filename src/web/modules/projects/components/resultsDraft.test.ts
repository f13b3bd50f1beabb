import { describe, expect, it } from 'vitest';
import type { Indicator, Milestone } from '../api/projectsApi';
import { normaliseMeasure } from './money';
import {
  firstToMeasure,
  milestoneUpdateDraft,
  toIndicatorBody,
  toMilestoneBody,
  toMilestoneUpdate,
} from './resultsDraft';

const milestone: Milestone = {
  id: 'm1',
  title: { en: 'Feasibility study', ru: 'ТЭО', zh: '可行性研究' },
  dueDate: '2027-03-31',
  status: 'in_progress',
  evidence: { text: 'Draft received', url: null },
  updatedAt: '2026-11-26T10:00:00.000Z',
};

describe('toMilestoneBody', () => {
  it('sends the title in the three languages, the due date and the status', () => {
    expect(toMilestoneBody({ title: milestone.title, dueDate: '2027-03-31', status: 'planned' })).toEqual({
      title: milestone.title,
      dueDate: '2027-03-31',
      status: 'planned',
    });
  });
});

describe('toMilestoneUpdate', () => {
  it('sends only the status when the evidence was left as it was', () => {
    const draft = { ...milestoneUpdateDraft(milestone), status: 'done' as const };
    expect(toMilestoneUpdate(draft, milestone)).toEqual({ status: 'done' });
  });

  it('sends the whole evidence when a part of it changed, since it replaces the earlier one', () => {
    const draft = { ...milestoneUpdateDraft(milestone), evidenceUrl: ' https://example.org/report ' };
    expect(toMilestoneUpdate(draft, milestone)).toEqual({
      status: 'in_progress',
      evidence: { text: 'Draft received', url: 'https://example.org/report' },
    });
  });

  it('removes the evidence when both fields were emptied', () => {
    const draft = { ...milestoneUpdateDraft(milestone), evidenceText: '  ' };
    expect(toMilestoneUpdate(draft, milestone)).toEqual({ status: 'in_progress', evidence: {} });
  });
});

describe('toIndicatorBody', () => {
  it('reads baseline and target as exact decimal strings, as typed in any of the languages', () => {
    expect(
      toIndicatorBody({
        name: { en: 'Water saved', ru: 'Сэкономленная вода', zh: '节水量' },
        unit: ' % ',
        baseline: '−2,5',
        target: '1 200.125',
      }),
    ).toEqual({
      name: { en: 'Water saved', ru: 'Сэкономленная вода', zh: '节水量' },
      unit: '%',
      baseline: '-2.5',
      target: '1200.125',
    });
  });
});

describe('normaliseMeasure', () => {
  it('keeps a sign and leaves anything it cannot read for the server to refuse', () => {
    expect(normaliseMeasure('-0,10')).toBe('-0.10');
    expect(normaliseMeasure('12')).toBe('12');
    expect(normaliseMeasure('1e3')).toBe('1e3');
    expect(normaliseMeasure('1,200,5')).toBe('1,200,5');
  });
});

describe('firstToMeasure', () => {
  const indicator = (id: string, actual: string | null): Indicator => ({
    id,
    name: { en: id, ru: id, zh: id },
    unit: 'km',
    baseline: '0',
    target: '10',
    actual,
    updatedAt: '2026-11-26T10:00:00.000Z',
  });

  it('offers the first indicator not yet measured, else the first', () => {
    expect(firstToMeasure([indicator('a', '1'), indicator('b', null)])?.id).toBe('b');
    expect(firstToMeasure([indicator('a', '1'), indicator('b', '2')])?.id).toBe('a');
    expect(firstToMeasure([])).toBeUndefined();
  });
});
