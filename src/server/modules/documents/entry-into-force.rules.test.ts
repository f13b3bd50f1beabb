import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryIntoForceRule } from '../../../contracts/documents';
import { addDays, computeEntryIntoForce, type EifAction, type EifInput } from './entry-into-force.rules';

const STATES = ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'];
const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n));
const ruleArb: fc.Arbitrary<EntryIntoForceRule> = fc.oneof(
  fc.constant({ rule: 'on_signature' as const }),
  fc.record({
    rule: fc.constant('after_notifications' as const),
    count: fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: 6 })),
    days: fc.integer({ min: 0, max: 90 }),
  }),
);
const actionArb: fc.Arbitrary<EifAction> = fc.record({
  state: fc.constantFrom(...STATES),
  kind: fc.constantFrom('signature', 'notification', 'accession', 'reservation'),
  date: day,
});
const inputArb = fc.record({
  rule: ruleArb,
  signedAt: fc.option(day, { nil: null }),
  actions: fc.array(actionArb, { maxLength: 30 }),
  required: fc.array(fc.record({ id: fc.uuid(), entryIntoForce: fc.option(day, { nil: null }) }), {
    maxLength: 2,
  }),
  withdrawalNoticeDays: fc.constant(null),
  asOf: fc.constant('2031-01-01'),
}) as fc.Arbitrary<EifInput>;

describe('entry-into-force rules', () => {
  it('explains the result in words, as on the instrument page', () => {
    const actions: EifAction[] = STATES.flatMap((s, i) => [
      { state: s, kind: 'signature' as const, date: '2024-07-04' },
      { state: s, kind: 'notification' as const, date: addDays('2025-01-22', i) },
    ]);
    const r = computeEntryIntoForce({
      rule: { rule: 'after_notifications', count: 'all', days: 30 },
      signedAt: '2024-07-04',
      actions,
      required: [],
      withdrawalNoticeDays: null,
      asOf: '2026-01-01',
    });
    expect(r.entryIntoForce).toBe('2025-03-02');
    expect(r.status).toBe('in_force');
    expect(r.explanation.text).toBe(
      'In force since 2 March 2025: 30 days after the last of 10 notifications, received 31 January 2025.',
    );
  });

  it('does not say "no state has signed" of an instrument signed on a known date with no signatures recorded', () => {
    const r = computeEntryIntoForce({
      rule: { rule: 'after_notifications', count: 'all', days: 30 },
      signedAt: '2025-09-01',
      actions: [],
      required: [],
      withdrawalNoticeDays: null,
      asOf: '2026-01-01',
    });
    expect(r.status).toBe('not_in_force');
    expect(r.explanation).toEqual({
      key: 'eif.signatures_not_recorded',
      params: { signedAt: '2025-09-01' },
      text: 'Not in force as far as recorded: signed on 1 September 2025; the signatures by state are not yet recorded.',
    });
  });

  it('binds a state that notifies late, or accedes, D days after its own notification', () => {
    const r = computeEntryIntoForce({
      rule: { rule: 'after_notifications', count: 2, days: 30 },
      signedAt: null,
      actions: [
        { state: 'KZ', kind: 'signature', date: '2024-07-04' },
        { state: 'RU', kind: 'signature', date: '2024-07-04' },
        { state: 'CN', kind: 'signature', date: '2024-07-04' },
        { state: 'KZ', kind: 'notification', date: '2024-09-01' },
        { state: 'RU', kind: 'notification', date: '2024-10-01' },
        { state: 'CN', kind: 'notification', date: '2025-05-01' },
        { state: 'BY', kind: 'accession', date: '2025-06-10' },
      ],
      required: [],
      withdrawalNoticeDays: null,
      asOf: '2026-01-01',
    });
    expect(r.entryIntoForce).toBe('2024-10-31');
    const by = Object.fromEntries(r.states.map((s) => [s.state, s.inForceFrom]));
    expect(by).toEqual({ KZ: '2024-10-31', RU: '2024-10-31', CN: '2025-05-31', BY: '2025-07-10' });
  });

  it('does not depend on the order in which actions are recorded', () => {
    fc.assert(
      fc.property(inputArb, fc.func(fc.integer()), (input, key) => {
        const shuffled = [...input.actions].sort(
          (a, b) => key(a.date + a.state + a.kind) - key(b.date + b.state + b.kind),
        );
        expect(computeEntryIntoForce({ ...input, actions: shuffled })).toEqual(computeEntryIntoForce(input));
      }),
    );
  });

  it('never makes the date earlier when one more notification arrives', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(...STATES),
        fc.integer({ min: 0, max: 400 }),
        (input, state, after) => {
          const before = computeEntryIntoForce(input);
          const latest = input.actions.reduce((m, a) => (a.date > m ? a.date : m), '2024-01-01');
          const more = computeEntryIntoForce({
            ...input,
            actions: [...input.actions, { state, kind: 'notification', date: addDays(latest, after) }],
          });
          if (before.entryIntoForce !== null) {
            expect(more.entryIntoForce).not.toBeNull();
            expect(more.entryIntoForce! >= before.entryIntoForce).toBe(true);
          }
        },
      ),
    );
  });

  it('never puts an instrument in force before what it requires', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = computeEntryIntoForce(input);
        if (r.entryIntoForce === null) return;
        for (const req of input.required) {
          expect(req.entryIntoForce).not.toBeNull();
          expect(r.entryIntoForce >= req.entryIntoForce!).toBe(true);
        }
        for (const s of r.states) if (s.inForceFrom) expect(s.inForceFrom >= r.entryIntoForce).toBe(true);
      }),
    );
  });

  it('counts only signatories towards "all", and waits for every one of them', () => {
    const base = {
      rule: { rule: 'after_notifications', count: 'all', days: 30 } as const,
      signedAt: null,
      required: [],
      withdrawalNoticeDays: null,
      asOf: '2030-01-01',
    };
    const r = computeEntryIntoForce({
      ...base,
      actions: [
        { state: 'KZ', kind: 'signature', date: '2024-07-04' },
        { state: 'RU', kind: 'signature', date: '2024-07-04' },
        { state: 'KZ', kind: 'notification', date: '2024-08-01' },
        { state: 'CN', kind: 'notification', date: '2024-08-02' },
      ],
    });
    expect(r.entryIntoForce).toBeNull();
    expect(r.explanation).toMatchObject({
      key: 'eif.waiting_notifications',
      params: { received: 1, needed: 2 },
    });
  });

  it('ends when every party has withdrawn and the notice period has run', () => {
    const r = computeEntryIntoForce({
      rule: { rule: 'on_signature' },
      signedAt: null,
      actions: [
        { state: 'KZ', kind: 'signature', date: '2024-07-04' },
        { state: 'KZ', kind: 'withdrawal', date: '2025-01-01' },
      ],
      required: [],
      withdrawalNoticeDays: 180,
      asOf: '2026-01-01',
    });
    expect(r.states[0]!.withdrawn).toBe('2025-06-30');
    expect(r.status).toBe('terminated');
  });
});

describe('a known entry-into-force date', () => {
  it('uses the sourced date and names its source instead of computing from ratifications', () => {
    const source = 'http://www.adilet.zan.kz/rus/docs/Z030000465_/compare';
    const r = computeEntryIntoForce({
      rule: { rule: 'known_date', date: '2003-09-19', source },
      signedAt: '2002-06-07',
      actions: [],
      required: [],
      withdrawalNoticeDays: null,
      asOf: '2026-01-01',
    });
    expect(r.entryIntoForce).toBe('2003-09-19');
    expect(r.status).toBe('in_force');
    expect(r.explanation.key).toBe('eif.known_date');
    expect(r.explanation.params).toEqual({ date: '2003-09-19', source });
  });
});
