import { describe, expect, it } from 'vitest';
import type { Gate } from '../api/projectsApi';
import { gateItems } from './gateItems';

const label = (en: string) => ({ en, ru: `${en} (ru)`, zh: `${en} (zh)` });
const blank = { done: false, documentRef: null, answer: null, recordedAt: null };

const gates: Gate[] = [
  {
    stage: 'identification',
    items: [
      { item: 'concept_note', kind: 'document', label: label('Concept note'), ...blank },
      { item: 'rationale', kind: 'question', label: label('Strategic rationale'), ...blank },
    ],
  },
  { stage: 'approval', items: [] },
];

const project = {
  checklist: [
    {
      stage: 'identification' as const,
      items: [
        {
          item: 'concept_note',
          kind: 'document' as const,
          label: label('Old label'),
          done: true,
          documentRef: 'DOC-1',
          answer: null,
          recordedAt: '2026-11-26T10:00:00.000Z',
        },
      ],
    },
  ],
};

describe('gateItems', () => {
  it("labels the gate's items from the stage gates and marks what the project has met", () => {
    const items = gateItems(project, gates, 'identification');
    expect(items.map((i) => [i.item, i.label.en, i.done, i.documentRef])).toEqual([
      ['concept_note', 'Concept note', true, 'DOC-1'],
      ['rationale', 'Strategic rationale', false, null],
    ]);
  });

  it("uses the project's own labels until the stage gates have loaded", () => {
    expect(gateItems(project, undefined, 'identification').map((i) => i.label.en)).toEqual(['Old label']);
  });

  it('has nothing to check at a gate without items', () => {
    expect(gateItems(project, gates, 'approval')).toEqual([]);
  });
});
