import type { z } from 'zod';
import {
  UNCONFIRMED,
  type CreateRuleSetBody,
  type RuleSetDto,
  type RuleSetParams,
} from '../../../contracts/cbm';
import { today } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { getInstrument } from '../documents';
import type { CbmReader } from './cbm.access';
import { CbmErrors } from './cbm.errors';
import * as repo from './cbm.repository';
import { inForceOn } from './cbm.rules';

export type CbmDeps = Pick<Kernel, 'db' | 'audit' | 'now' | 'jobs'>;

const ANCHORS = '../shared/research/wave2-anchors.md §3';
const DAOWEN = 'https://www.daowen.com/book/content/224180103/3333648.html';
const RATIFICATIONS =
  'Kazakhstan, Law 57-I of 24 Dec 1996 (https://adilet.zan.kz/rus/docs/Z960000057_/compare); Russia, 87-FZ of 26 May 1997 (http://docs.cntd.ru/document/901763237)';
const FSOU = 'http://ask.fsou.com/html/text/eag/1006642/100664204_3.html';
const unconfirmed = { value: null, source: UNCONFIRMED, article: null };

/**
 * The 1996 rule set carries only what wave2-anchors §3 supports; everything else is null and "to be
 * confirmed from the agreement text" (ADR 0069). The Vienna Document figures there belong to another
 * instrument and are not used.
 */
const PARAMS_1996: RuleSetParams = {
  notifiableKinds: unconfirmed,
  borderZoneKm: {
    value: 100,
    source: `Major military activity within 100 km of the border is notified (${ANCHORS}: ${DAOWEN}; ratifications: ${RATIFICATIONS})`,
    article: null,
  },
  troopsThreshold: unconfirmed,
  equipmentThreshold: unconfirmed,
  noticeDays: unconfirmed,
  observersInvited: { value: true, source: `Observers are invited (${ANCHORS}: ${DAOWEN})`, article: null },
  observerTroopsThreshold: unconfirmed,
  queryAnswerDays: {
    value: 7,
    source: `Queries answered within 7 days (${ANCHORS}: ${FSOU}; which agreement the text belongs to is unverified)`,
    article: null,
  },
  urgentQueryAnswerDays: {
    value: 2,
    source: `2 days if urgent (${ANCHORS}: ${FSOU}; which agreement the text belongs to is unverified)`,
    article: null,
  },
  exchangeDate: unconfirmed,
  visitQuota: unconfirmed,
};

export const SEED_1996: repo.RuleSet = {
  id: 'cbm-rule-set-1996-v1',
  code: '1996',
  version: 1,
  title:
    'Agreement on confidence building in the military field in the border area (Shanghai, 26 April 1996)',
  effectiveFrom: '1996-04-26',
  effectiveFromSource: `The day of signature, 26 April 1996 (${ANCHORS}); the day of entry into force is ${UNCONFIRMED}`,
  documentId: null,
  params: PARAMS_1996,
  createdBy: null,
  createdAt: '2026-12-08T00:00:00.000Z',
};

export async function seedRuleSets(kernel: Pick<Kernel, 'db'>) {
  await repo.insertRuleSets(kernel.db, [SEED_1996]);
}

/**
 * Every rule set with the day it takes effect: a set linked to an agreement starts on the agreement's
 * entry into force as the documents module computes it today, so it starts by itself once ratified.
 */
export async function resolvedRuleSets(
  deps: Pick<Kernel, 'db' | 'now'>,
  r: CbmReader,
): Promise<repo.RuleSet[]> {
  const sets = await repo.listRuleSets(deps.db);
  return Promise.all(
    sets.map(async (s) => {
      if (!s.documentId) return s;
      const doc = await getInstrument(deps, r.actor, s.documentId).catch(() => null);
      return { ...s, effectiveFrom: doc?.entryIntoForce ?? null };
    }),
  );
}

export async function ruleSetInForce(deps: Pick<Kernel, 'db' | 'now'>, r: CbmReader, day: string) {
  const set = inForceOn(await resolvedRuleSets(deps, r), day);
  if (!set) throw CbmErrors.noRuleSet({ day });
  return set;
}

export function toRuleSetDto(s: repo.RuleSet): RuleSetDto {
  const { createdBy: _by, ...rest } = s;
  return rest;
}

export async function listRuleSetDtos(deps: Pick<Kernel, 'db' | 'now'>, r: CbmReader): Promise<RuleSetDto[]> {
  return (await resolvedRuleSets(deps, r)).map(toRuleSetDto);
}

/**
 * A designated Secretariat officer enters a rule set: a new version of its code, effective from a day
 * or from the entry into force of the agreement it is linked to. Obligations already computed keep
 * the version they were computed under.
 */
export async function createRuleSet(
  deps: CbmDeps,
  r: CbmReader,
  input: z.output<typeof CreateRuleSetBody>,
): Promise<RuleSetDto> {
  if (!r.secretariat) throw CbmErrors.secretariatOnly();
  let source = `Entered by the Secretariat on ${today(deps.now())}`;
  if (input.documentId) {
    const doc = await getInstrument(deps, r.actor, input.documentId).catch(() => null);
    if (!doc) throw CbmErrors.documentNotFound({ id: input.documentId });
    source = 'The entry into force of the linked agreement, as the documents module computes it';
  }
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const set: repo.RuleSet = {
      id,
      code: input.code,
      version: await repo.nextRuleSetVersion(trx, input.code),
      title: input.title,
      effectiveFrom: input.documentId ? null : input.effectiveFrom!,
      effectiveFromSource: source,
      documentId: input.documentId ?? null,
      params: input.params,
      createdBy: r.actor.userId,
      createdAt: deps.now().toISOString(),
    };
    await repo.insertRuleSets(trx, [set]);
    await deps.audit.record(trx, r.actor, {
      action: 'cbm.rule_set_created',
      targetType: 'cbm_rule_set',
      targetId: id,
      actingFor: 'secretariat',
      data: {
        code: set.code,
        version: set.version,
        effectiveFrom: set.effectiveFrom,
        documentId: set.documentId,
      },
    });
  });
  const created = (await resolvedRuleSets(deps, r)).find((s) => s.id === id)!;
  return toRuleSetDto(created);
}
