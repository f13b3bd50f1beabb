import { describe, expect, it } from 'vitest';
import {
  addItem,
  canMoveUp,
  emptyItem,
  moveItemUp,
  normaliseItems,
  outline,
  parentChoices,
  removeItem,
  toCreateBody,
  updateItem,
  type ItemDraft,
} from './planDraft';

const item = (key: string, parentKey = ''): ItemDraft => ({
  ...emptyItem(key),
  parentKey,
  title: { en: key, ru: key, zh: key },
});
const keys = (items: readonly ItemDraft[]) => items.map((i) => i.key);
const numbers = (items: readonly ItemDraft[]) => outline(items).map((e) => `${e.number} ${e.item.key}`);

describe('the items of a new plan', () => {
  it('are numbered like an outline, each parent before its children', () => {
    const items = normaliseItems([item('a'), item('b'), item('a1', 'a'), item('a1x', 'a1'), item('a2', 'a')]);
    expect(numbers(items)).toEqual(['1 a', '1.1 a1', '1.1.1 a1x', '1.2 a2', '2 b']);
  });

  it('adds an item at the top level with a key of its own', () => {
    const items = addItem([item('item-1'), item('item-3')]);
    expect(items.at(-1)).toMatchObject({ key: 'item-4', parentKey: '' });
  });

  it('moves an item under an earlier one, after that one’s children', () => {
    const items = updateItem([item('a'), item('a1', 'a'), item('b'), item('c')], 'c', { parentKey: 'a' });
    expect(numbers(items)).toEqual(['1 a', '1.1 a1', '1.2 c', '2 b']);
  });

  it('offers as parents only the items before it, so never its own children', () => {
    const entries = outline(normaliseItems([item('a'), item('a1', 'a'), item('b')]));
    expect(parentChoices(entries, 'a').map((e) => e.item.key)).toEqual([]);
    expect(parentChoices(entries, 'b').map((e) => e.item.key)).toEqual(['a', 'a1']);
  });

  it('moves an item up past its previous sibling, with its children', () => {
    const items = [item('a'), item('a1', 'a'), item('b'), item('b1', 'b')];
    expect(canMoveUp(items, 'b')).toBe(true);
    expect(canMoveUp(items, 'a')).toBe(false);
    expect(canMoveUp(items, 'b1')).toBe(false);
    expect(keys(moveItemUp(items, 'b'))).toEqual(['b', 'b1', 'a', 'a1']);
    expect(keys(moveItemUp(items, 'a'))).toEqual(keys(items));
  });

  it('keeps the children of a removed item under its parent', () => {
    const items = removeItem([item('a'), item('a1', 'a'), item('a1x', 'a1'), item('b')], 'a1');
    expect(numbers(items)).toEqual(['1 a', '1.1 a1x', '2 b']);
  });

  it('keeps items whose parents point at each other', () => {
    expect(keys(normaliseItems([item('p', 'q'), item('q', 'p')])).sort()).toEqual(['p', 'q']);
  });
});

describe('toCreateBody', () => {
  it('sends the items in outline order, linked by key, with what was left empty left out', () => {
    const parent = { ...item('item-1'), responsibleStates: ['RU', 'KZ'], weight: '2' };
    const child = { ...item('item-2', 'item-1'), deadline: '2026-06-30', indicator: ' Database online ' };
    const body = toCreateBody('instrument', {
      title: { en: ' Plan ', ru: 'План', zh: '计划' },
      items: [parent, child],
    });
    expect(body).toEqual({
      instrumentId: 'instrument',
      title: { en: 'Plan', ru: 'План', zh: '计划' },
      items: [
        {
          key: 'item-1',
          title: { en: 'item-1', ru: 'item-1', zh: 'item-1' },
          responsibleStates: ['KZ', 'RU'],
          weight: 2,
        },
        {
          key: 'item-2',
          parentKey: 'item-1',
          title: { en: 'item-2', ru: 'item-2', zh: 'item-2' },
          responsibleStates: [],
          deadline: '2026-06-30',
          indicator: 'Database online',
          weight: 1,
        },
      ],
    });
  });
});
