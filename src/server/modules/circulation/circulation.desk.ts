import type { CirculationDto, CreateCirculationBody } from '../../../contracts/circulation';
import {
  isSecretariat,
  requireStateMandate,
  statesActedFor,
  type Actor,
  type Role,
} from '../../core/auth/actor';
import type { Kernel } from '../../core/module';
import { CirculationErrors } from './circulation.errors';
import * as repo from './circulation.repository';
import {
  acknowledge,
  circulate,
  readCirculation,
  recordOpened,
  reply,
  summarizeCirculations,
} from './circulation.service';
import { subjectKind } from './circulation.subjects';

/**
 * The Secretariat's circulation desk and the focal points' inbox over HTTP: the circulations this module
 * owns (others, such as CBM messages, are served by their owner's routes and answer 404 here).
 */
const OWNER = 'circulation';
/** A recipient state's delegates read what was sent to it; only its focal point acts on it. */
const READERS: readonly Role[] = ['delegate'];

async function loadOwn(kernel: Pick<Kernel, 'db'>, id: string) {
  const c = await repo.findCirculation(kernel.db, id);
  if (!c || c.ownerModule !== OWNER) throw CirculationErrors.notFound({ id });
  return c;
}

/**
 * Which rows the actor sees: every row to the Secretariat; to a recipient state, its own row, or every
 * row when comments were asked for (a draft is commented in the open among the recipients). Null rows
 * mean all; a state that received nothing gets 404, as if the circulation did not exist.
 */
async function audienceOf(kernel: Pick<Kernel, 'db'>, actor: Actor | null, c: repo.Circulation) {
  if (isSecretariat(actor)) return { rows: null, focal: [] as string[] };
  const recipients = (await repo.listRecipients(kernel.db, [c.id])).map((r) => r.state_code);
  const roles = c.focalRoles as Role[];
  const own = statesActedFor(actor, [...roles, ...READERS]).filter((s) => recipients.includes(s));
  if (own.length === 0) throw CirculationErrors.notFound({ id: c.id });
  const focal = statesActedFor(actor, roles).filter((s) => recipients.includes(s));
  return { rows: c.purpose === 'comments' ? null : own, focal };
}

export async function createCirculation(
  kernel: Kernel,
  actor: Actor,
  body: CreateCirculationBody,
): Promise<CirculationDto> {
  const { title } = await subjectKind(body.subject.kind).resolve(kernel, actor, body.subject.id);
  const { id } = await kernel.db
    .transaction()
    .execute((trx) => circulate(kernel, trx, actor, { ...body, subject: { ...body.subject, title } }));
  return readCirculation(kernel, id, null);
}

/** The circulation as the actor may see it; a recipient's focal point opening it is its receipt. */
export async function getCirculation(kernel: Kernel, actor: Actor | null, id: string) {
  const c = await loadOwn(kernel, id);
  const { rows, focal } = await audienceOf(kernel, actor, c);
  if (focal.length) {
    const at = kernel.now().toISOString();
    await kernel.db.transaction().execute(async (trx) => {
      for (const state of focal) await recordOpened(kernel, trx, actor, id, state, at);
    });
  }
  return readCirculation(kernel, id, rows);
}

/** The desk (Secretariat: everything, or one state's) or a state's inbox (what was sent to it). */
export async function listCirculations(
  kernel: Kernel,
  actor: Actor | null,
  query: { state?: string; status: 'open' | 'overdue' | 'all' },
) {
  let states: string[] | null;
  const secretariat = isSecretariat(actor);
  if (secretariat) states = query.state ? [query.state] : null;
  else if (query.state)
    states = [requireStateMandate(actor, query.state, ['national_coordinator', ...READERS])];
  else states = statesActedFor(actor, ['national_coordinator', ...READERS]);
  const circulations = await repo.listCirculations(kernel.db, OWNER, states);
  // The Secretariat sees every row, narrowed to the state it asked about; a state, what audienceOf gives.
  const own = (c: repo.Circulation) => (secretariat ? states : c.purpose === 'comments' ? null : states);
  const items = await summarizeCirculations(kernel, circulations, own);
  return {
    items: items.filter((c) =>
      query.status === 'open'
        ? c.awaiting.length > 0
        : query.status === 'overdue'
          ? c.overdue.length > 0
          : true,
    ),
  };
}

async function actAsFocalPoint(kernel: Kernel, actor: Actor, id: string, state: string) {
  const c = await loadOwn(kernel, id);
  requireStateMandate(actor, state, c.focalRoles as Role[]);
  return c;
}

export async function acknowledgeCirculation(kernel: Kernel, actor: Actor, id: string, state: string) {
  await actAsFocalPoint(kernel, actor, id, state);
  await kernel.db.transaction().execute((trx) => acknowledge(kernel, trx, actor, id, state));
  return getCirculation(kernel, actor, id);
}

export async function replyToCirculation(
  kernel: Kernel,
  actor: Actor,
  id: string,
  input: { state: string; text: string },
) {
  await actAsFocalPoint(kernel, actor, id, input.state);
  await kernel.db.transaction().execute((trx) => reply(kernel, trx, actor, id, input.state, input.text));
  return getCirculation(kernel, actor, id);
}
