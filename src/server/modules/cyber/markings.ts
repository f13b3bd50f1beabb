/**
 * TLP markings (ADR 0020). TLP 2.0 is the exchange's vocabulary; TLP 1.0 is accepted on input, with
 * WHITE read as CLEAR. Levels are ranked so that "most restrictive wins" is a maximum.
 */
export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

export const TLP_RANK: Record<Tlp, number> = { clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4 };
export const RED = TLP_RANK.red;

/** Predefined marking-definition ids: the five TLP 2.0 objects and the four TLP 1.0 ones. */
export const TLP_MARKINGS: Readonly<Record<string, Tlp>> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'clear',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'green',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'amber',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'amber+strict',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'red',
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

/** An object without any TLP marking stays inside the exchange: nothing becomes public by omission. */
export const UNMARKED: Tlp = 'green';

/** The custom property that names the member states whose CERTs receive a TLP:RED object. */
export const RECIPIENTS_PROPERTY = 'x_exchange_recipients';

export type StixObject = Record<string, unknown> & { type: string; id: string };

interface GranularMarking {
  marking_ref?: string;
  lang?: string;
  selectors: string[];
}

function granularMarkings(obj: StixObject): GranularMarking[] {
  return Array.isArray(obj.granular_markings) ? (obj.granular_markings as GranularMarking[]) : [];
}

/** The object's level: the most restrictive TLP among its object markings, or UNMARKED. */
export function objectTlp(obj: StixObject): Tlp {
  const refs = Array.isArray(obj.object_marking_refs) ? (obj.object_marking_refs as string[]) : [];
  let best: Tlp | null = null;
  for (const ref of refs) {
    const t = TLP_MARKINGS[ref];
    if (t && (best === null || TLP_RANK[t] > TLP_RANK[best])) best = t;
  }
  return best ?? UNMARKED;
}

/** The member states named as recipients of a RED object, the publisher's own state always among them. */
export function recipientsOf(obj: StixObject, publisherState: string): string[] {
  const named = Array.isArray(obj[RECIPIENTS_PROPERTY]) ? (obj[RECIPIENTS_PROPERTY] as unknown[]) : [];
  return [...new Set([publisherState, ...named.filter((s): s is string => typeof s === 'string')])].sort();
}

/**
 * Removes what granular markings hide from this reader. A selector hides the whole top-level property
 * it starts in (`external_references.[0].source_name` hides `external_references`): hiding more than
 * marked is safe, leaving a list with holes is not. The markings of hidden properties go too.
 */
export function redact(obj: StixObject, mayRead: (tlp: Tlp) => boolean): StixObject {
  const marks = granularMarkings(obj);
  if (marks.length === 0) return obj;
  const hidden = new Set<string>();
  for (const m of marks) {
    const t = m.marking_ref ? TLP_MARKINGS[m.marking_ref] : undefined;
    if (t && !mayRead(t)) for (const s of m.selectors) hidden.add(s.split('.')[0]!);
  }
  if (hidden.size === 0) return obj;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!hidden.has(k)) out[k] = v;
  const kept = marks.filter((m) => !m.selectors.some((s) => hidden.has(s.split('.')[0]!)));
  if (kept.length > 0) out.granular_markings = kept;
  else delete out.granular_markings;
  return out as StixObject;
}
