import { randomUUID } from 'node:crypto';
import type { Sector, Stage } from '../../../contracts/projects';
import { fromMinor } from '../finance';
import { nameOf, type ExportData } from './exports.service';
import { ALL_ITEMS } from './stage.rules';

/**
 * The project as an OC4IDS 0.9.5 project (project-schema.json, shipped in ./standards), with the
 * Russian and Chinese texts as OCDS language variants (`title_ru`, `title_zh`).
 */

/** projectStatus codelist (closed): appraisal and approval are part of OC4IDS's preparation. */
const STATUS: Record<Stage, string> = {
  identification: 'identification',
  preparation: 'preparation',
  appraisal: 'preparation',
  approval: 'preparation',
  implementation: 'implementation',
  completion: 'completion',
  cancelled: 'cancelled',
};

/** projectSector codelist (open); `other` has no counterpart and is left out. */
const SECTOR: Record<Sector, string | null> = {
  transport_logistics: 'transport',
  energy: 'energy',
  water_saving: 'naturalResources',
  environment: 'naturalResources',
  digital: 'communications',
  agriculture: 'economy',
  industry: 'economy',
  health: 'health',
  education: 'education',
  tourism: 'cultureSportsAndRecreation',
  other: null,
};

/** documentType codelist (open) for the checklist's documents. */
const DOCUMENT_TYPE: Record<string, string> = {
  concept_note: 'needsAssessment',
  feasibility_study: 'feasibilityStudy',
  esia: 'environmentalImpact',
  financing_plan: 'financialAgreement',
  completion_report: 'projectEvaluation',
};

/** milestoneStatus codelist (closed). */
const MILESTONE_STATUS = { planned: 'scheduled', in_progress: 'scheduled', done: 'met', delayed: 'notMet' };

const instant = (day: string) => `${day}T00:00:00Z`;

/** A document reference that is a web address, percent-encoded as the `uri` format wants; else null. */
function webUrl(ref: string): string | null {
  try {
    const u = new URL(ref);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * OC4IDS values are JSON numbers. A JavaScript number cannot carry every exact decimal, so each amount
 * goes into the object as a unique marker and the marker is replaced by the exact decimal text after
 * serialisation: "12345678901234.56" stays exactly that in the output.
 */
function exactNumbers() {
  const tag = randomUUID();
  const amounts: string[] = [];
  return {
    amount(decimal: string) {
      amounts.push(decimal);
      return `${tag}:${amounts.length - 1}` as unknown as number;
    },
    stringify(doc: unknown) {
      return JSON.stringify(doc, null, 2).replace(
        new RegExp(`"${tag}:(\\d+)"`, 'g'),
        (_m, i: string) => amounts[Number(i)]!,
      );
    },
  };
}

export function toOc4idsJson(d: ExportData): string {
  const p = d.project;
  const dto = d.dto;
  const num = exactNumbers();
  const value = (minor: bigint, currency: string) => ({
    amount: num.amount(fromMinor(minor, currency)),
    currency,
  });
  const party = (id: string) => ({ id, name: nameOf(d, id) });

  const roles = new Map<string, Set<string>>();
  const addRole = (id: string, role: string) => roles.set(id, (roles.get(id) ?? new Set()).add(role));
  if (p.proposingState) addRole(p.proposingState, 'publicAuthority');
  for (const s of dto.sponsors) addRole(s, /^[A-Z]{2}$/.test(s) ? 'publicAuthority' : 'interestedParty');
  for (const s of dto.interestedStates) addRole(s, 'interestedParty');
  for (const e of d.entries) addRole(e.funder, 'funder');

  const sector = SECTOR[p.sector];
  const commitments = d.entries.filter((e) => e.kind === 'commitment');
  const flows = d.entries.filter((e) => e.kind === 'disbursement' || e.kind === 'expenditure');
  const documents = dto.checklist
    .flatMap((g) => g.items)
    .filter((i) => i.kind === 'document' && i.documentRef);

  const doc = {
    id: p.id,
    updated: p.updatedAt,
    language: 'en',
    title: p.title.en,
    title_ru: p.title.ru,
    title_zh: p.title.zh,
    description: p.description.en,
    description_ru: p.description.ru,
    description_zh: p.description.zh,
    purpose: p.expectedResults.en,
    purpose_ru: p.expectedResults.ru,
    purpose_zh: p.expectedResults.zh,
    status: STATUS[p.stage],
    ...(sector !== null && { sector: [sector] }),
    ...(p.proposingState !== null && { publicAuthority: party(p.proposingState) }),
    ...((p.plannedStart !== null || p.plannedEnd !== null) && {
      period: {
        ...(p.plannedStart !== null && { startDate: instant(p.plannedStart) }),
        ...(p.plannedEnd !== null && { endDate: instant(p.plannedEnd) }),
      },
    }),
    ...(dto.locations.features.length > 0 && {
      locations: dto.locations.features.map((f, i) => ({
        id: String(i + 1),
        ...(!!f.properties?.name && { description: f.properties.name }),
        geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates },
      })),
    }),
    budget: {
      amount: value(p.cost.minor, p.cost.currency),
      ...(commitments.length > 0 && {
        finance: commitments.map((e) => ({
          id: e.id,
          title: e.reverses ? `Reversal of commitment ${e.reverses}` : 'Commitment',
          ...(e.agreementNumber !== null && { description: `Agreement ${e.agreementNumber}` }),
          value: value(e.amountMinor, e.currency),
          financingParty: party(e.funder),
          period: { startDate: instant(e.valueDate) },
        })),
      }),
    },
    parties: [...roles.entries()].map(([id, r]) => ({ ...party(id), roles: [...r].sort() })),
    ...(flows.length > 0 && {
      transactions: flows.map((e) => ({
        id: e.id,
        date: instant(e.valueDate),
        value: value(e.amountMinor, e.currency),
        payer: party(e.funder),
      })),
    }),
    ...(d.milestones.length > 0 && {
      milestones: d.milestones.map((m) => ({
        id: m.id,
        title: m.title.en,
        type: 'delivery',
        dueDate: instant(m.dueDate),
        status: MILESTONE_STATUS[m.status],
        ...(m.status === 'done' && { dateMet: m.updatedAt }),
        dateModified: m.updatedAt,
        ...((m.evidence.text !== null || m.evidence.url !== null) && {
          description: [m.evidence.text, m.evidence.url].filter(Boolean).join(' '),
        }),
      })),
    }),
    ...(d.indicators.length > 0 && {
      metrics: d.indicators.map((ind) => ({
        id: ind.id,
        title: ind.name.en,
        observations: (['baseline', 'target', 'actual'] as const)
          .filter((k) => ind[k] !== null)
          .map((k) => ({ id: k, measure: ind[k]!, unit: { name: ind.unit } })),
      })),
    }),
    ...(documents.length > 0 && {
      documents: documents.map((i) => ({
        id: i.item,
        documentType: DOCUMENT_TYPE[i.item] ?? 'projectPlan',
        title: ALL_ITEMS.get(i.item)!.label.en,
        ...(webUrl(i.documentRef!)
          ? { url: webUrl(i.documentRef!)! }
          : { description: `Reference: ${i.documentRef}` }),
        ...(i.recordedAt !== null && { dateModified: i.recordedAt }),
      })),
    }),
  };
  return num.stringify(doc);
}
