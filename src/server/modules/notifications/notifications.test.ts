import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationDto } from '../../../contracts/notifications';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

/** A real SMTP server on loopback that keeps what it receives. */
const received: { to: string[]; body: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let body = '';
    stream.on('data', (c: Buffer) => (body += c.toString()));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
      callback();
    });
  },
});

let t: TestApp;
let sec: Record<string, string>;
let kz: Record<string, string>;
let ru: Record<string, string>;
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const port = (smtp.server.address() as { port: number }).port;
  t = await buildTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` });
  sec = await bearer(t.app, 'secretariat@example.org');
  kz = await bearer(t.app, 'coordinator.kz@example.org');
  ru = await bearer(t.app, 'coordinator.ru@example.org');
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});

const title = { en: 'Written procedure', ru: 'Письменная процедура', zh: '书面程序' };
const inbox = async (h: Record<string, string>) =>
  (await t.app.inject({ url: '/api/v1/notifications', headers: h })).json<{ items: NotificationDto[] }>()
    .items;

describe('notifications', () => {
  it('tell a participating state about a new draft, in the inbox and by email', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title, procedure: 'consensus', participants: ['KZ', 'UZ'] },
    });
    const id = res.json().id;
    await t.app.kernel.events.drain();
    expect((await inbox(kz)).map((n) => [n.kind, n.subjectId])).toContainEqual(['decision_created', id]);
    expect((await inbox(ru)).map((n) => n.subjectId)).not.toContain(id);
    const mail = received.find((m) => m.body.includes('Written procedure'));
    expect(mail?.to.sort()).toEqual(['coordinator.kz@example.org', 'coordinator.uz@example.org']);
  });

  it('remind within 48 hours of a deadline only the states that have not stated a position', async () => {
    const deadline = new Date(Date.now() + 72 * 3600_000).toISOString();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CNC', title, procedure: 'silence', deadline, participants: ['KZ', 'RU'] },
    });
    const id = res.json().id;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${id}/positions`,
      headers: kz,
      payload: { state: 'KZ', position: 'support' },
    });
    await t.restart({ now: () => new Date(Date.parse(deadline) - 24 * 3600_000) });
    await t.app.kernel.events.drain();
    const remindedRu = (await inbox(ru)).filter((n) => n.kind === 'deadline_near' && n.subjectId === id);
    const remindedKz = (await inbox(kz)).filter((n) => n.kind === 'deadline_near' && n.subjectId === id);
    expect(remindedRu).toHaveLength(1);
    expect(remindedKz).toHaveLength(0);

    await t.restart({ now: () => new Date(Date.parse(deadline) + 1000) });
    await t.app.kernel.events.drain();
    const outcome = (await inbox(kz)).find((n) => n.kind === 'decision_closed' && n.subjectId === id);
    expect(outcome?.data).toMatchObject({ result: 'adopted' });
    await t.restart();
  });

  it('tell the responsible states of a new plan, and the Secretariat of positions and reports', async () => {
    const docs = (await t.app.inject(`/api/v1/search?q=${encodeURIComponent('Anti-Drug Strategy')}`)).json()
      .items as { id: string }[];
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/plans',
      headers: sec,
      payload: {
        instrumentId: docs[0]!.id,
        title,
        items: [{ key: 'a', title, responsibleStates: ['KZ'], deadline: '2030-12-31' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json<{ id: string; items: { id: string }[] }>();
    await t.app.kernel.events.drain();
    expect((await inbox(kz)).map((n) => [n.kind, n.subjectType, n.subjectId])).toContainEqual([
      'plan_created',
      'plan',
      plan.id,
    ]);
    expect((await inbox(ru)).map((n) => n.subjectId)).not.toContain(plan.id);

    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/items/${plan.items[0]!.id}/reports`,
      headers: kz,
      payload: { state: 'KZ', status: 'in_progress', percent: 40 },
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const decision = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: sec,
      payload: { body: 'CFM', title, procedure: 'consensus', participants: ['KZ'] },
    });
    const position = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decision.json().id}/positions`,
      headers: kz,
      payload: { state: 'KZ', position: 'support' },
    });
    expect(position.statusCode, position.body).toBe(200);
    await t.app.kernel.events.drain();
    const secInbox = await inbox(sec);
    expect(
      secInbox.find((n) => n.kind === 'report_submitted' && n.subjectId === plan.id)?.data,
    ).toMatchObject({
      state: 'KZ',
      percent: 40,
    });
    expect(
      secInbox.find((n) => n.kind === 'position_recorded' && n.subjectId === decision.json().id)?.data,
    ).toMatchObject({ state: 'KZ', position: 'support' });
    expect((await inbox(kz)).some((n) => n.kind === 'position_recorded')).toBe(false);
  });

  it('are marked read per user, and only in inboxes the user may read', async () => {
    const [first] = await inbox(kz);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first!.id}/read`, headers: kz }))
        .statusCode,
    ).toBe(204);
    expect((await inbox(kz)).find((n) => n.id === first!.id)?.read).toBe(true);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${first!.id}/read`,
      headers: ru,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/notifications')).statusCode).toBe(401);
  });
});
