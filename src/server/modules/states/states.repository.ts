import type { Localized } from '../../../contracts/common';
import type {
  AdmissionStepDto,
  BodyDto,
  ChairmanshipDto,
  Source,
  StateStatus,
  StatusHistoryEntryDto,
} from '../../../contracts/states';
import { compiledQuery } from '../../core/db/compiled';
import { tables, type DbOrTrx } from '../../core/db/database';
import { readTranslated } from '../../core/db/translated';

export interface StatesTables {
  states_state: { code: string; iso3: string; iso_numeric: string; name: string };
  states_status: {
    id: string;
    state_code: string;
    seq: number;
    status: string;
    from_date: string | null;
    to_date: string | null;
    source_url: string | null;
    confidence: string;
    note: string | null;
    recorded_at: string;
    decision_id: string | null;
  };
  states_admission_step: {
    id: string;
    state_code: string;
    step: string;
    date: string;
    decision_id: string | null;
    reference: string | null;
    recorded_at: string;
  };
  states_body: {
    code: string;
    sort: number;
    name: string;
    kind: string;
    /** TranslatedText as JSON (ADR 0079); plain English before migration 95. */
    seat: string | null;
    source_url: string | null;
    confidence: string;
    note: string | null;
  };
  states_chairmanship: {
    id: string;
    state_code: string;
    from_date: string;
    to_date: string | null;
    summit: string | null;
    source_url: string | null;
    confidence: string;
    note: string | null;
  };
  states_contact: {
    state_code: string;
    office: string | null;
    email: string | null;
    phone: string | null;
    website: string | null;
    updated_at: string;
    updated_by: string | null;
  };
}

export interface StateRow {
  code: string;
  iso3: string;
  isoNumeric: string;
  name: Localized;
}

export interface Contact {
  office: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

const db = (d: DbOrTrx) => tables<StatesTables>(d);

/** `note` columns hold { en, ru, zh } JSON (ADR 0079). */
function source(r: { source_url: string | null; confidence: string; note: string | null }): Source {
  const note = readTranslated(r.note);
  return {
    url: r.source_url,
    confidence: r.confidence as Source['confidence'],
    note: note?.en ?? null,
    noteLocalized: note,
  };
}

export async function listStateRows(d: DbOrTrx): Promise<StateRow[]> {
  const rows = await db(d).selectFrom('states_state').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    iso3: r.iso3,
    isoNumeric: r.iso_numeric,
    name: JSON.parse(r.name) as Localized,
  }));
}

// The queries of a state's page, compiled once (core/db/compiled.ts).
const stateByCode = compiledQuery((d, code: string) =>
  db(d).selectFrom('states_state').selectAll().where('code', '=', code),
);
const historyOfState = compiledQuery((d, code: string) =>
  db(d).selectFrom('states_status').selectAll().where('state_code', '=', code).orderBy('seq'),
);
const contactOfState = compiledQuery((d, code: string) =>
  db(d).selectFrom('states_contact').selectAll().where('state_code', '=', code),
);
const admissionOfState = compiledQuery((d, code: string) =>
  db(d)
    .selectFrom('states_admission_step')
    .selectAll()
    .where('state_code', '=', code)
    .orderBy('date')
    .orderBy('recorded_at'),
);

export async function findStateRow(d: DbOrTrx, code: string): Promise<StateRow | undefined> {
  const [r] = await stateByCode(d, code);
  return (
    r && { code: r.code, iso3: r.iso3, isoNumeric: r.iso_numeric, name: JSON.parse(r.name) as Localized }
  );
}

/** Status histories in order, for one state or for all. */
export async function listHistory(d: DbOrTrx, code?: string): Promise<Map<string, StatusHistoryEntryDto[]>> {
  const rows = !code
    ? await db(d).selectFrom('states_status').selectAll().orderBy('state_code').orderBy('seq').execute()
    : await historyOfState(d, code);
  const out = new Map<string, StatusHistoryEntryDto[]>();
  for (const r of rows) {
    const list = out.get(r.state_code) ?? [];
    list.push({
      status: r.status as StateStatus,
      from: r.from_date,
      to: r.to_date,
      source: source(r),
      decisionId: r.decision_id,
    });
    out.set(r.state_code, list);
  }
  return out;
}

export async function insertState(d: DbOrTrx, s: StateRow) {
  await db(d)
    .insertInto('states_state')
    .values({ code: s.code, iso3: s.iso3, iso_numeric: s.isoNumeric, name: JSON.stringify(s.name) })
    .execute();
}

export async function insertStatus(d: DbOrTrx, row: StatesTables['states_status']) {
  await db(d).insertInto('states_status').values(row).execute();
}

export async function listBodies(d: DbOrTrx): Promise<BodyDto[]> {
  const rows = await db(d).selectFrom('states_body').selectAll().orderBy('sort').execute();
  return rows.map((r) => ({
    code: r.code,
    name: JSON.parse(r.name) as Localized,
    kind: r.kind as BodyDto['kind'],
    seat: readTranslated(r.seat)?.en ?? null,
    seatLocalized: readTranslated(r.seat),
    source: source(r),
  }));
}

export async function upsertBody(d: DbOrTrx, row: StatesTables['states_body']) {
  await db(d)
    .insertInto('states_body')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function listChairmanships(d: DbOrTrx): Promise<ChairmanshipDto[]> {
  const rows = await db(d).selectFrom('states_chairmanship').selectAll().orderBy('from_date').execute();
  return rows.map((r) => ({
    state: r.state_code,
    from: r.from_date,
    to: r.to_date,
    summit: readTranslated(r.summit)?.en ?? null,
    summitLocalized: readTranslated(r.summit),
    source: source(r),
  }));
}

export async function countChairmanships(d: DbOrTrx): Promise<number> {
  const r = await db(d)
    .selectFrom('states_chairmanship')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertChairmanship(d: DbOrTrx, row: StatesTables['states_chairmanship']) {
  await db(d).insertInto('states_chairmanship').values(row).execute();
}

export async function findContact(d: DbOrTrx, code: string): Promise<Contact | null> {
  const [r] = await contactOfState(d, code);
  return r
    ? {
        office: r.office,
        email: r.email,
        phone: r.phone,
        website: r.website,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      }
    : null;
}

export async function upsertContact(d: DbOrTrx, code: string, c: Contact) {
  const values = {
    office: c.office,
    email: c.email,
    phone: c.phone,
    website: c.website,
    updated_at: c.updatedAt,
    updated_by: c.updatedBy,
  };
  await db(d)
    .insertInto('states_contact')
    .values({ state_code: code, ...values })
    .onConflict((oc) => oc.column('state_code').doUpdateSet(values))
    .execute();
}

export async function listAdmissionSteps(d: DbOrTrx, code: string): Promise<AdmissionStepDto[]> {
  const rows = await admissionOfState(d, code);
  return rows.map((r) => ({
    step: r.step as AdmissionStepDto['step'],
    date: r.date,
    decisionId: r.decision_id,
    reference: r.reference,
  }));
}

export async function insertAdmissionStep(d: DbOrTrx, row: StatesTables['states_admission_step']) {
  await db(d).insertInto('states_admission_step').values(row).execute();
}

/** Closes the open status entry and appends a new one. */
export async function appendStatus(
  d: DbOrTrx,
  row: Omit<StatesTables['states_status'], 'seq' | 'to_date'>,
): Promise<void> {
  const last = await db(d)
    .selectFrom('states_status')
    .select(['id', 'seq'])
    .where('state_code', '=', row.state_code)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last)
    await db(d)
      .updateTable('states_status')
      .set({ to_date: row.from_date })
      .where('id', '=', last.id)
      .execute();
  await db(d)
    .insertInto('states_status')
    .values({ ...row, seq: (last ? Number(last.seq) : 0) + 1, to_date: null })
    .execute();
}
