import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS } from '../../../contracts/finance';
import type { ProjectDto } from '../../../contracts/projects';
import { buildTestApp, type TestApp } from '../../test/harness';
import { DAC5, TRANSACTION_TYPE } from './iati.export';
import { actors, advanceTo, booked, get, meetGate, post, propose, type Actors } from './projects.fixtures';

const STANDARDS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'standards');
const read = (f: string) => fs.readFileSync(path.join(STANDARDS, f), 'utf8');

async function validateIati(xml: string) {
  return validateXML({
    xml: [{ fileName: 'activity.xml', contents: xml }],
    schema: [
      { fileName: 'iati-activities-schema.xsd', contents: read('iati-2.03/iati-activities-schema.xsd') },
    ],
    preload: [
      { fileName: 'iati-common.xsd', contents: read('iati-2.03/iati-common.xsd') },
      { fileName: 'xml.xsd', contents: read('iati-2.03/xml.xsd') },
    ],
  });
}

/** The OC4IDS schema declares JSON Schema draft-04; Ajv's draft-04 build validates it as written. */
function oc4idsValidator(): ValidateFunction {
  const schema = JSON.parse(read('oc4ids/project-schema.json')) as { $schema: string };
  expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const codes = (file: string) => [...read(file).matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
const csvCodes = (file: string) =>
  read(file)
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0])
    .filter(Boolean);

let t: TestApp;
let a: Actors;
let rich: ProjectDto;
let bankId: string;
beforeAll(async () => {
  t = await buildTestApp();
  a = await actors(t, ['KZ', 'UZ']);
  bankId = (
    await post(t, '/organisations', a.sec, { name: 'Bank & <Co>', kind: 'bank', country: 'CN' })
  ).json().id;
  rich = await propose(t, a.sec, {
    title: { en: 'R&D <corridor> \u0007', ru: 'Коридор «Север»', zh: '北方走廊' },
    countries: ['CN', 'KZ', 'UZ'],
    sponsors: ['KZ', bankId],
    plannedStart: '2027-01-01',
    plannedEnd: '2030-12-31',
    estimatedCost: { amount: '999999999999999.99', currency: 'USD' },
  });
  await advanceTo(t, a.sec, rich.id, 'appraisal');
  await post(t, `/projects/${rich.id}/checklist`, a.sec, {
    item: 'financing_plan',
    documentRef: 'https://example.org/план финансирования.pdf',
  });
  await meetGate(t, a.sec, rich.id, 'appraisal');
  await post(t, `/projects/${rich.id}/checklist`, a.sec, {
    item: 'financing_plan',
    documentRef: 'INTERNAL-42',
  });
  await post(t, `/projects/${rich.id}/interest`, a.coord.KZ!, { state: 'KZ' });
  const opened = (await post(t, `/projects/${rich.id}/stage`, a.sec, { to: 'approval' })).json<ProjectDto>();
  await post(t, `/decisions/${opened.approval!.decisionId}/close`, a.sec);
  await t.app.kernel.events.drain();
  await booked(t, a.sec, rich.id, { kind: 'pledge', funder: 'UZ', amount: '10.00' });
  await booked(t, a.sec, rich.id, {
    kind: 'commitment',
    funder: bankId,
    amount: '500.50',
    currency: 'EUR',
    agreementNumber: 'L-1',
  });
  await booked(t, a.sec, rich.id, { kind: 'commitment', funder: bankId, amount: '100', currency: 'JPY' });
  await booked(t, a.sec, rich.id, {
    kind: 'disbursement',
    funder: bankId,
    amount: '200.25',
    currency: 'EUR',
  });
  await booked(t, a.sec, rich.id, { kind: 'expenditure', funder: bankId, amount: '50.00', currency: 'EUR' });
  const wrong = await booked(t, a.sec, rich.id, { kind: 'commitment', funder: 'KZ', amount: '1.00' });
  await post(t, `/projects/${rich.id}/transactions/${wrong.id}/reverse`, a.sec, { reason: 'booked twice' });
  await post(t, `/projects/${rich.id}/milestones`, a.sec, {
    title: { en: 'Ground broken', ru: 'Начало работ', zh: '开工' },
    dueDate: '2027-03-01',
    status: 'done',
    evidence: { text: 'Photos', url: 'https://example.org/photos' },
  });
  await post(t, `/projects/${rich.id}/milestones`, a.sec, {
    title: { en: 'Handover', ru: 'Передача', zh: '移交' },
    dueDate: '2030-12-01',
  });
  await post(t, `/projects/${rich.id}/indicators`, a.sec, {
    name: { en: 'Freight', ru: 'Грузы', zh: '货运' },
    unit: 'million tonnes per year',
    baseline: '2.5',
    target: '10',
    actual: '3.75',
  });
});
afterAll(() => t.close());

describe('IATI 2.03 export', () => {
  it('validates against the shipped iati-activities schema', async () => {
    const res = await get(t, `/projects/${rich.id}/iati.xml`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    const result = await validateIati(res.body);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.body).toContain('<iati-activities version="2.03"');
    expect(res.body).toContain('<narrative xml:lang="ru">Коридор «Север»</narrative>');
    expect(res.body).toContain('R&amp;D &lt;corridor&gt;');
    expect(res.body).toContain('<activity-status code="2"/>');
    expect(res.body).toContain('<transaction-type code="12"/>');
    expect(res.body).toContain('<value currency="EUR" value-date="2026-01-15">500.50</value>');
    expect(res.body).toContain('<value currency="USD" value-date="2026-01-15">-1.00</value>');
    expect(res.body).toContain('<value currency="JPY" value-date="2026-01-15">100</value>');
  });

  it('validates for every demo project too, and the validator does reject a broken activity', async () => {
    const items = (await get(t, '/projects?limit=200', a.sec)).json<{ items: { id: string }[] }>().items;
    for (const p of items) {
      const xml = (await get(t, `/projects/${p.id}/iati.xml`, a.sec)).body;
      expect((await validateIati(xml)).errors, p.id).toEqual([]);
    }
    const xml = (await get(t, `/projects/${rich.id}/iati.xml`)).body;
    const broken = await validateIati(xml.replace(/<iati-identifier>[^<]*<\/iati-identifier>/, ''));
    expect(broken.valid).toBe(false);
  });

  it('uses only codes that exist in the shipped codelists', () => {
    const types = codes('iati-2.03/codelists/TransactionType.xml');
    expect(Object.values(TRANSACTION_TYPE).every((c) => types.includes(c))).toBe(true);
    expect(TRANSACTION_TYPE).toEqual({ pledge: '12', commitment: '2', disbursement: '3', expenditure: '4' });
    for (const c of ['1', '2', '4', '5'])
      expect(codes('iati-2.03/codelists/ActivityStatus.xml')).toContain(c);
    for (const c of ['1', '2']) expect(codes('iati-2.03/codelists/OrganisationRole.xml')).toContain(c);
    for (const c of ['1', '2', '3', '4'])
      expect(codes('iati-2.03/codelists/ActivityDateType.xml')).toContain(c);
    expect(Object.values(DAC5).every((c) => /^\d{5}$/.test(c))).toBe(true);
  });

  it('is not served for a project the reader may not see', async () => {
    const hidden = await propose(t, a.sec, { public: false });
    expect((await get(t, `/projects/${hidden.id}/iati.xml`)).statusCode).toBe(404);
    expect((await get(t, `/projects/${hidden.id}/oc4ids.json`)).statusCode).toBe(404);
    expect((await get(t, `/projects/${hidden.id}/iati.xml`, a.coord.KZ!)).statusCode).toBe(200);
  });
});

describe('OC4IDS export', () => {
  it('validates against the shipped project schema', async () => {
    const validate = oc4idsValidator();
    const res = await get(t, `/projects/${rich.id}/oc4ids.json`);
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(doc).toMatchObject({
      id: rich.id,
      status: 'implementation',
      sector: ['transport'],
      title_ru: 'Коридор «Север»',
    });
    expect(doc.locations[1].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [71.43, 51.13],
        [69.24, 41.3],
      ],
    });
    expect(doc.metrics[0].observations.map((o: { measure: string }) => o.measure)).toEqual([
      '2.5',
      '10',
      '3.75',
    ]);
    // Amounts are written as exact decimals, never through a float.
    expect(res.body).toContain('"amount": 999999999999999.99');
    expect(res.body).toContain('"amount": 500.50');
  });

  it('validates for every demo project too, and the validator does reject a broken project', async () => {
    const validate = oc4idsValidator();
    const items = (await get(t, '/projects?limit=200', a.sec)).json<{ items: { id: string }[] }>().items;
    for (const p of items) {
      const doc = (await get(t, `/projects/${p.id}/oc4ids.json`, a.sec)).json();
      expect(validate(doc), `${p.id} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const doc = (await get(t, `/projects/${rich.id}/oc4ids.json`)).json();
    expect(validate({ ...doc, status: 'approval' })).toBe(false);
  });

  it('uses only codes from the shipped codelists, and every accepted currency is one OC4IDS knows', () => {
    const currencies = csvCodes('oc4ids/codelists/currency.csv');
    expect(Object.keys(CURRENCY_EXPONENTS).filter((c) => !currencies.includes(c))).toEqual([]);
    const statuses = csvCodes('oc4ids/codelists/projectStatus.csv');
    for (const s of ['identification', 'preparation', 'implementation', 'completion', 'cancelled']) {
      expect(statuses).toContain(s);
    }
  });
});

describe('public pipeline feed', () => {
  it('lists public projects only, as a JSON Feed, demo items labelled', async () => {
    const hidden = await propose(t, a.sec, { public: false });
    const res = await get(t, '/projects/feed.json', a.sec);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/feed+json');
    const feed = res.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    const ids = feed.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(rich.id);
    expect(ids).not.toContain(hidden.id);
    const demo = feed.items.filter((i: { _sco: { demo: boolean } }) => i._sco.demo);
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((i: { title: string }) => i.title.startsWith('[Demo]'))).toBe(true);
  });
});
