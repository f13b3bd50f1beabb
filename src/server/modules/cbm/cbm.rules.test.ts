import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNCONFIRMED, type ParamName, type RuleSetParams } from '../../../contracts/cbm';
import { addDays } from '../documents';
import { answerDue, computeObligations, inForceOn, type ActivityInput } from './cbm.rules';
import { SEED_1996 } from './rule-sets.service';

// The approach of the entry-into-force rules (documents module): days as offsets from a fixed date,
// rule parameters and inputs drawn by fast-check, and the result checked against the rule in words.
const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2024-01-01', n));
const known = <T>(value: T) => ({ value, source: 'test', article: null });
const unknown = { value: null, source: UNCONFIRMED, article: null };

const paramsArb: fc.Arbitrary<RuleSetParams> = fc.record({
  notifiableKinds: fc.constant(known(['exercise', 'troop_movement', 'other_activity'] as const)).map((p) => ({
    ...p,
    value: [...p.value],
  })),
  borderZoneKm: fc.integer({ min: 1, max: 500 }).map(known),
  troopsThreshold: fc.integer({ min: 1, max: 100_000 }).map(known),
  equipmentThreshold: fc.integer({ min: 1, max: 5000 }).map(known),
  noticeDays: fc.integer({ min: 0, max: 120 }).map(known),
  observersInvited: fc.constant(known(true)),
  observerTroopsThreshold: fc.integer({ min: 1, max: 100_000 }).map(known),
  queryAnswerDays: fc.integer({ min: 1, max: 30 }).map(known),
  urgentQueryAnswerDays: fc.integer({ min: 1, max: 7 }).map(known),
  exchangeDate: fc.constant(unknown),
  visitQuota: fc.constant(unknown),
});

const base = (p: RuleSetParams, from: string): ActivityInput => ({
  kind: 'exercise',
  from,
  troops: p.troopsThreshold.value! - 1,
  equipment: p.equipmentThreshold.value! - 1,
  borderDistanceKm: p.borderZoneKm.value!,
});
const kinds = (p: RuleSetParams, a: ActivityInput, on: string) =>
  computeObligations(p, a, on).map((o) => o.kind);

describe('the CBM rule engine', () => {
  it('notifies just at each threshold and not just below it; the zone edge is inside, just beyond is outside', () => {
    fc.assert(
      fc.property(paramsArb, day, (p, from) => {
        const on = addDays(from, -200);
        const below = base(p, from);
        expect(kinds(p, below, on)).toEqual(['not_notifiable']);
        expect(computeObligations(p, below, on)[0]!.explanation.key).toBe('cbm.explain.below_threshold');
        expect(kinds(p, { ...below, troops: below.troops + 1 }, on)[0]).toBe('notify');
        expect(kinds(p, { ...below, equipment: below.equipment + 1 }, on)[0]).toBe('notify');
        const beyond = {
          ...below,
          troops: below.troops + 1,
          borderDistanceKm: p.borderZoneKm.value! + 0.001,
        };
        expect(computeObligations(p, beyond, on)).toEqual([
          expect.objectContaining({
            kind: 'not_notifiable',
            explanation: expect.objectContaining({ key: 'cbm.explain.outside_zone' }),
          }),
        ]);
      }),
    );
  });

  it('is on time when declared exactly on the last day of notice, and late the day after', () => {
    fc.assert(
      fc.property(paramsArb, day, (p, from) => {
        const a = { ...base(p, from), troops: p.troopsThreshold.value! };
        const due = addDays(from, -p.noticeDays.value!);
        const onTime = computeObligations(p, a, due)[0]!;
        expect(onTime).toMatchObject({ kind: 'notify', due, late: false });
        expect(onTime.explanation).toMatchObject({
          key: 'cbm.explain.notify',
          params: { due, days: p.noticeDays.value },
        });
        expect(computeObligations(p, a, addDays(due, 1))[0]).toMatchObject({
          kind: 'notify',
          due,
          late: true,
          explanation: expect.objectContaining({ key: 'cbm.explain.notify_late' }),
        });
      }),
    );
  });

  it('invites observers at the observation threshold and not just below it', () => {
    fc.assert(
      fc.property(paramsArb, day, (p, from) => {
        const at = p.observerTroopsThreshold.value!;
        const reaching = { ...base(p, from), equipment: p.equipmentThreshold.value!, troops: at };
        expect(kinds(p, reaching, from)).toContain('invite_observers');
        expect(kinds(p, { ...reaching, troops: at - 1 }, from)).not.toContain('invite_observers');
      }),
    );
  });

  it('never answers "not notifiable" when an unconfirmed parameter could make it notifiable', () => {
    const names: ParamName[] = ['notifiableKinds', 'troopsThreshold', 'equipmentThreshold', 'borderZoneKm'];
    fc.assert(
      fc.property(
        paramsArb,
        day,
        fc.constantFrom(...names),
        fc.integer({ min: 0, max: 1000 }),
        (p, from, name, km) => {
          const q = { ...p, [name]: unknown };
          const a = { ...base(p, from), borderDistanceKm: Math.min(km, p.borderZoneKm.value!) };
          const [first] = computeObligations(q, a, from);
          expect(first!.kind).toBe('undecidable');
          expect(String(first!.explanation.params.missing)).toContain(name);
          expect(first!.explanation.text).toContain(UNCONFIRMED);
        },
      ),
    );
  });

  it('gives the 1996 set: beyond 100 km nothing owed, within it "cannot be decided", queries on 7 and 2 days', () => {
    const p = SEED_1996.params;
    const a: ActivityInput = {
      kind: 'exercise',
      from: '2027-06-01',
      troops: 50_000,
      equipment: 900,
      borderDistanceKm: 100,
    };
    expect(kinds(p, a, '2027-01-01')).toEqual(['undecidable']);
    expect(kinds(p, { ...a, borderDistanceKm: 101 }, '2027-01-01')).toEqual(['not_notifiable']);
    const sent = new Date('2027-01-01T10:00:00Z');
    expect(answerDue(p, sent, false)?.toISOString()).toBe('2027-01-08T10:00:00.000Z');
    expect(answerDue(p, sent, true)?.toISOString()).toBe('2027-01-03T10:00:00.000Z');
  });

  it('takes the rule set in force on the day: the latest effective, its newest version', () => {
    const sets = [
      { id: 'a1', effectiveFrom: '1996-04-26', version: 1 },
      { id: 'a2', effectiveFrom: '1996-04-26', version: 2 },
      { id: 'b1', effectiveFrom: '2030-01-01', version: 1 },
      { id: 'c1', effectiveFrom: null, version: 1 },
    ];
    expect(inForceOn(sets, '2029-12-31')?.id).toBe('a2');
    expect(inForceOn(sets, '2030-01-01')?.id).toBe('b1');
    expect(inForceOn(sets, '1990-01-01')).toBeUndefined();
  });
});
