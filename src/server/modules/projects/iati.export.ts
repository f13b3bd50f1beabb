import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Localized } from '../../../contracts/common';
import type { EntryKind } from '../../../contracts/finance';
import type { Sector, Stage } from '../../../contracts/projects';
import { fromMinor } from '../finance';
import { nameOf, type ExportData } from './exports.service';

/**
 * The project as an IATI 2.03 activity (iati-activities-schema.xsd, shipped in ./standards). Codes
 * come from the IATI codelists copied beside the schema where we have them.
 */

/**
 * The platform publishes on behalf of the SCO Secretariat, which has no registered IATI organisation
 * identifier yet; this placeholder must be replaced by the registered one before anything is sent to
 * the IATI Registry. `secondary-reporter="1"`: the Secretariat reproduces the sponsors' and funders'
 * data, it is not responsible for the activities.
 */
export const REPORTING_ORG_REF = 'XI-IATI-SCO-PLATFORM';
/** OrganisationType 40 (Multilateral); 10 (Government) for states. */
const ORG_TYPE_MULTILATERAL = '40';
const ORG_TYPE_GOVERNMENT = '10';

/** ActivityStatus codelist: 1 pipeline/identification, 2 implementation, 4 closed, 5 cancelled. */
const ACTIVITY_STATUS: Record<Stage, string> = {
  identification: '1',
  preparation: '1',
  appraisal: '1',
  approval: '1',
  implementation: '2',
  completion: '4',
  cancelled: '5',
};

/**
 * TransactionType codelist, from the funder's side (the funder is the provider-org of each
 * transaction): 12 Outgoing Pledge, 2 Outgoing Commitment, 3 Disbursement, 4 Expenditure. The
 * "incoming" codes (1, 11, 13) would describe funds received by the reporting organisation, and the
 * Secretariat receives none.
 */
export const TRANSACTION_TYPE: Record<EntryKind, string> = {
  pledge: '12',
  commitment: '2',
  disbursement: '3',
  expenditure: '4',
};

/** OECD DAC 5-digit purpose codes (Sector vocabulary 1): the policy/administration code of each sector. */
export const DAC5: Record<Sector, string> = {
  transport_logistics: '21010', // Transport policy and administrative management
  energy: '23110', // Energy policy and administrative management
  water_saving: '14010', // Water sector policy and administrative management
  environment: '41010', // Environmental policy and administrative management
  digital: '22040', // Information and communication technology (ICT)
  agriculture: '31110', // Agricultural policy and administrative management
  industry: '32110', // Industrial policy and administrative management
  health: '12110', // Health policy and administrative management
  education: '11110', // Education policy and administrative management
  tourism: '33210', // Tourism policy and administrative management
  other: '43010', // Multisector aid
};

const LANGS = ['en', 'ru', 'zh'] as const;

function narratives(el: XMLBuilder, text: Localized) {
  for (const lang of LANGS) el.ele('narrative', { 'xml:lang': lang }).txt(text[lang]).up();
  return el;
}

/** Splits 100% over n countries in hundredths, the remainder on the last, so they sum to exactly 100. */
function percentages(n: number): string[] {
  const each = Math.floor(10_000 / n);
  return Array.from({ length: n }, (_, i) => {
    const v = i === n - 1 ? 10_000 - each * (n - 1) : each;
    return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
  });
}

export function toIatiXml(d: ExportData, generatedAt: string): string {
  const p = d.project;
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
  const activities = doc.ele('iati-activities', { version: '2.03', 'generated-datetime': generatedAt });
  const a = activities.ele('iati-activity', {
    'last-updated-datetime': p.updatedAt,
    'xml:lang': 'en',
    'default-currency': p.cost.currency,
  });
  a.ele('iati-identifier').txt(`${REPORTING_ORG_REF}-${p.id}`);
  narratives(
    a.ele('reporting-org', {
      ref: REPORTING_ORG_REF,
      type: ORG_TYPE_MULTILATERAL,
      'secondary-reporter': '1',
    }),
    { en: 'SCO Secretariat', ru: 'Секретариат ШОС', zh: '上海合作组织秘书处' },
  );
  narratives(a.ele('title'), p.title);
  narratives(a.ele('description', { type: '1' }), p.description);
  narratives(a.ele('description', { type: '2' }), p.expectedResults);

  // OrganisationRole: 1 Funding (whoever booked money), 2 Accountable (the sponsors).
  const org = (role: string, party: string) => {
    const attrs: Record<string, string> = { role };
    if (/^[A-Z]{2}$/.test(party)) attrs.type = ORG_TYPE_GOVERNMENT;
    a.ele('participating-org', attrs).ele('narrative').txt(nameOf(d, party)).up().up();
  };
  for (const s of d.dto.sponsors) org('2', s);
  for (const f of [...new Set(d.entries.map((e) => e.funder))].sort()) org('1', f);
  if (!d.dto.sponsors.length && !d.entries.length) org('2', 'SCO Secretariat');

  a.ele('activity-status', { code: ACTIVITY_STATUS[p.stage] });
  // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
  if (p.plannedStart) a.ele('activity-date', { type: '1', 'iso-date': p.plannedStart });
  if (d.entered.implementation) a.ele('activity-date', { type: '2', 'iso-date': d.entered.implementation });
  if (p.plannedEnd) a.ele('activity-date', { type: '3', 'iso-date': p.plannedEnd });
  const ended = d.entered.completion ?? d.entered.cancelled;
  if (ended) a.ele('activity-date', { type: '4', 'iso-date': ended });
  if (!p.plannedStart && !d.entered.implementation) {
    // The standard wants a start date; without a planned one we state plainly what the date is.
    a.ele('activity-date', { type: '1', 'iso-date': d.entered.identification! })
      .ele('narrative')
      .txt('No planned start recorded: the date the project entered the pipeline.');
  }

  const shares = percentages(d.dto.countries.length);
  d.dto.countries.forEach((c, i) => {
    const attrs = d.dto.countries.length > 1 ? { code: c, percentage: shares[i]! } : { code: c };
    a.ele('recipient-country', attrs).ele('narrative').txt(nameOf(d, c));
  });

  d.dto.locations.features.forEach((f, i) => {
    const g = f.geometry;
    // IATI locations are points: a line is published as its two ends (OC4IDS carries the whole line).
    const points =
      g.type === 'Point'
        ? [{ pos: g.coordinates, suffix: '', ref: '' }]
        : [
            { pos: g.coordinates[0]!, suffix: ' (start)', ref: '-start' },
            { pos: g.coordinates.at(-1)!, suffix: ' (end)', ref: '-end' },
          ];
    for (const { pos, suffix, ref } of points) {
      const loc = a.ele('location', { ref: `${p.id}-${i + 1}${ref}` });
      loc
        .ele('name')
        .ele('narrative')
        .txt(`${f.properties?.name ?? `Location ${i + 1}`}${suffix}`);
      loc
        .ele('point', { srsName: 'http://www.opengis.net/def/crs/EPSG/0/4326' })
        .ele('pos')
        .txt(`${pos[1]} ${pos[0]}`);
    }
  });

  a.ele('sector', { vocabulary: '1', code: DAC5[p.sector] });

  for (const e of d.entries) {
    const t = a.ele('transaction', { ref: e.id });
    t.ele('transaction-type', { code: TRANSACTION_TYPE[e.kind] });
    t.ele('transaction-date', { 'iso-date': e.reverses ? e.bookedAt.slice(0, 10) : e.valueDate });
    t.ele('value', { currency: e.currency, 'value-date': e.valueDate }).txt(
      fromMinor(e.amountMinor, e.currency),
    );
    const notes = [
      e.agreementNumber ? `Agreement ${e.agreementNumber}` : null,
      e.reverses ? `Reverses ${e.reverses}: ${e.reason ?? ''}` : null,
    ].filter(Boolean);
    if (notes.length) t.ele('description').ele('narrative').txt(notes.join('; '));
    const provider = t.ele('provider-org', /^[A-Z]{2}$/.test(e.funder) ? { type: ORG_TYPE_GOVERNMENT } : {});
    provider.ele('narrative').txt(nameOf(d, e.funder));
  }
  return doc.end({ prettyPrint: true });
}
