import type { CalendarDto } from '../../../contracts/cbm';
import { currentMemberCodes } from '../states';
import type { CbmReader } from './cbm.access';
import * as repo from './cbm.repository';
import { inForceOn } from './cbm.rules';
import { resolvedRuleSets, type CbmDeps } from './rule-sets.service';

const POSSIBLY_NOTIFIABLE = new Set(['notify', 'undecidable', 'invite_observers']);

/**
 * The year at a glance (issue 14 point 4): the activities that are or may be notifiable, the yearly
 * exchange by its date and who has sent it, and the visits each state received against its quota,
 * under the rule set in force on 1 January. A state's contact sees its own activities; the exchange
 * and quotas concern every party.
 */
export async function calendar(
  deps: Pick<CbmDeps, 'db' | 'now'>,
  r: CbmReader,
  year: number,
): Promise<CalendarDto> {
  const [sets, declarations, messages, members] = await Promise.all([
    resolvedRuleSets(deps, r),
    repo.listDeclarations(deps.db, r.secretariat ? null : r.states, year),
    repo.listMessages(deps.db),
    currentMemberCodes(deps.db),
  ]);
  const set = inForceOn(sets, `${year}-01-01`);
  const exchanges = messages.filter((m) => m.kind === 'exchange' && m.exchangeYear === year);
  const visits = messages.filter((m) => m.kind === 'visit_request' && m.year === year);
  const date = set?.params.exchangeDate.value ?? null;
  return {
    year,
    ruleSet: set ? { id: set.id, code: set.code, version: set.version } : null,
    activities: declarations
      .filter((d) => d.obligations.some((o) => POSSIBLY_NOTIFIABLE.has(o.kind)))
      .map((d) => ({
        declarationId: d.id,
        state: d.state,
        kind: d.kind,
        from: d.from,
        to: d.to,
        troops: d.troops,
        obligations: d.obligations.map((o) => o.kind),
        notifyBy: d.notifyDue,
      })),
    exchange: {
      due: date ? `${year}-${date}` : null,
      source: set?.params.exchangeDate.source ?? '',
      states: members.map((state) => {
        const sent = exchanges
          .filter((m) => m.fromState === state)
          .sort((a, b) => a.sentAt.localeCompare(b.sentAt))[0];
        return { state, submittedAt: sent?.sentAt ?? null, messageId: sent?.id ?? null };
      }),
    },
    quotas: members.map((state) => ({
      state,
      quota: set?.params.visitQuota.value ?? null,
      source: set?.params.visitQuota.source ?? '',
      used: visits.filter((m) => m.toStates.includes(state)).length,
    })),
  };
}
