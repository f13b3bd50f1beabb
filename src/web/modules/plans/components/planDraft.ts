import type { Localized } from '../../../../contracts/common';
import type { NewPlan } from '../api/plansApi';

/** An item of the plan as the form holds it; numbers as typed. */
export interface ItemDraft {
  /** Links children to parents within the request; made up by the form. */
  key: string;
  /** The parent's key; '' at the top level. */
  parentKey: string;
  title: Localized;
  responsibleStates: string[];
  deadline: string;
  indicator: string;
  target: string;
  weight: string;
}

export interface PlanDraft {
  title: Localized;
  /** Always in outline order: each parent before its children, siblings in their order. */
  items: ItemDraft[];
}

export interface OutlineEntry {
  item: ItemDraft;
  /** '2.1.3', by position among siblings. */
  number: string;
}

export const EMPTY_LOCALIZED: Localized = { en: '', ru: '', zh: '' };

export function emptyItem(key: string): ItemDraft {
  return {
    key,
    parentKey: '',
    title: EMPTY_LOCALIZED,
    responsibleStates: [],
    deadline: '',
    indicator: '',
    target: '',
    weight: '1',
  };
}

export function emptyPlanDraft(): PlanDraft {
  return { title: EMPTY_LOCALIZED, items: [emptyItem('item-1')] };
}

/** A key no item has yet: 'item-<n>', one past the highest in use. */
export function newItemKey(items: readonly ItemDraft[]): string {
  const used = items.map((i) => Number(/^item-(\d+)$/.exec(i.key)?.[1] ?? 0));
  return `item-${Math.max(0, ...used) + 1}`;
}

/** Parent key -> children in their order; an item whose parent is gone counts as top level. */
function childrenByParent(items: readonly ItemDraft[]): Map<string, ItemDraft[]> {
  const keys = new Set(items.map((i) => i.key));
  const children = new Map<string, ItemDraft[]>();
  for (const item of items) {
    const parent = keys.has(item.parentKey) && item.parentKey !== item.key ? item.parentKey : '';
    children.set(parent, [...(children.get(parent) ?? []), { ...item, parentKey: parent }]);
  }
  return children;
}

/** The items depth first from the top level; items that only reach each other in a loop are kept last. */
function flatten(children: ReadonlyMap<string, ItemDraft[]>): ItemDraft[] {
  const out: ItemDraft[] = [];
  const seen = new Set<string>();
  const visit = (parent: string) => {
    for (const child of children.get(parent) ?? []) {
      if (seen.has(child.key)) continue;
      seen.add(child.key);
      out.push(child);
      visit(child.key);
    }
  };
  visit('');
  for (const list of children.values())
    for (const item of list)
      if (!seen.has(item.key)) {
        seen.add(item.key);
        out.push({ ...item, parentKey: '' });
        visit(item.key);
      }
  return out;
}

/** The items in outline order, each parent before its children. */
export function normaliseItems(items: readonly ItemDraft[]): ItemDraft[] {
  return flatten(childrenByParent(items));
}

/** The items of a normalised list with their outline numbers. */
export function outline(items: readonly ItemDraft[]): OutlineEntry[] {
  const counters = new Map<string, number>();
  const numbers = new Map<string, string>();
  return items.map((item) => {
    const n = (counters.get(item.parentKey) ?? 0) + 1;
    counters.set(item.parentKey, n);
    const prefix = item.parentKey ? numbers.get(item.parentKey) : undefined;
    const number = prefix ? `${prefix}.${n}` : String(n);
    numbers.set(item.key, number);
    return { item, number };
  });
}

/** A new empty item at the end of the top level. */
export function addItem(items: readonly ItemDraft[]): ItemDraft[] {
  return [...items, emptyItem(newItemKey(items))];
}

export function updateItem(items: readonly ItemDraft[], key: string, patch: Partial<ItemDraft>): ItemDraft[] {
  const next = items.map((i) => (i.key === key ? { ...i, ...patch } : i));
  return 'parentKey' in patch ? normaliseItems(next) : next;
}

/** Removes an item; its children move up to its own parent rather than disappearing with it. */
export function removeItem(items: readonly ItemDraft[], key: string): ItemDraft[] {
  const removed = items.find((i) => i.key === key);
  if (!removed) return [...items];
  return normaliseItems(
    items
      .filter((i) => i.key !== key)
      .map((i) => (i.parentKey === key ? { ...i, parentKey: removed.parentKey } : i)),
  );
}

/** True when the item has a sibling before it to change places with. */
export function canMoveUp(items: readonly ItemDraft[], key: string): boolean {
  const item = items.find((i) => i.key === key);
  return !!item && items.filter((i) => i.parentKey === item.parentKey)[0]?.key !== key;
}

/** The item, with its children, changes places with the sibling before it. */
export function moveItemUp(items: readonly ItemDraft[], key: string): ItemDraft[] {
  const children = childrenByParent(items);
  for (const [parent, list] of children) {
    const i = list.findIndex((x) => x.key === key);
    if (i <= 0) continue;
    const swapped = [...list];
    [swapped[i - 1], swapped[i]] = [list[i]!, list[i - 1]!];
    children.set(parent, swapped);
  }
  return flatten(children);
}

/** The items an item may be placed under: those before it in the outline (never its own children). */
export function parentChoices(entries: readonly OutlineEntry[], key: string): OutlineEntry[] {
  const index = entries.findIndex((e) => e.item.key === key);
  return index < 0 ? [] : entries.slice(0, index);
}

/**
 * A whole number as typed. Left empty it is sent as null, so that the server names the field that
 * needs it rather than the form guessing a value.
 */
function whole(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed.trim());
}

const trim = (value: Localized): Localized => ({
  en: value.en.trim(),
  ru: value.ru.trim(),
  zh: value.zh.trim(),
});

/** What the form holds, as the API wants it: items in outline order, optional parts left empty left out. */
export function toCreateBody(instrumentId: string, draft: PlanDraft): NewPlan {
  return {
    instrumentId,
    title: trim(draft.title),
    items: normaliseItems(draft.items).map((item) => {
      const indicator = item.indicator.trim();
      const target = item.target.trim();
      return {
        key: item.key,
        ...(item.parentKey ? { parentKey: item.parentKey } : {}),
        title: trim(item.title),
        responsibleStates: [...item.responsibleStates].sort(),
        ...(item.deadline ? { deadline: item.deadline } : {}),
        ...(indicator ? { indicator } : {}),
        ...(target ? { target } : {}),
        weight: whole(item.weight),
      };
    }),
  };
}
