import type { Source } from '../../../contracts/states';
import type { Db } from '../../core/db/database';
import { translateWith } from '../../core/db/translated';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { getState, loadStates } from '../states';
import * as repo from './meetings.repository';
import { checkMeeting } from './meetings.service';
import { demoMeetings } from './seed/demo';
import { SEED_MEETINGS, type SeedMeeting } from './seed/events';
import { MEETINGS_TRANSLATIONS } from './seed/translations';

/** The member states on a given day, from the states module's dated status history. */
async function membersOnDay(db: Db): Promise<(day: string) => string[]> {
  const periods: { state: string; from: string; to: string | null }[] = [];
  for (const s of await loadStates(db)) {
    for (const h of (await getState(db, s.code)).history) {
      if (h.status === 'member' && h.from) periods.push({ state: s.code, from: h.from, to: h.to });
    }
  }
  return (day) =>
    [
      ...new Set(periods.filter((p) => p.from <= day && (p.to === null || day < p.to)).map((p) => p.state)),
    ].sort();
}

/**
 * Loads the meetings of `seeds` that are not there yet, in one transaction; a meeting already loaded is
 * left as the Secretariat may since have corrected it. Not audited, like the other reference data:
 * nobody acted.
 */
export async function loadSeedMeetings(kernel: Kernel, seeds: SeedMeeting[], opts: { demo: boolean }) {
  await refreshSeededNotes(kernel.db, seeds);
  const existing = await repo.listSeedKeys(kernel.db);
  const missing = seeds.filter((s) => !existing.has(s.key));
  if (missing.length === 0) return;
  const members = await membersOnDay(kernel.db);
  const now = kernel.now().toISOString();
  await kernel.db.transaction().execute(async (trx) => {
    for (const s of missing) {
      const meeting: repo.Meeting = {
        id: newId(),
        kind: s.kind,
        level: s.level,
        body: s.body,
        title: s.title,
        hostState: s.hostState,
        city: s.city,
        timeZone: s.timeZone,
        startDate: s.startDate,
        endDate: s.endDate,
        startTime: s.startTime ?? null,
        endTime: s.endTime ?? null,
        visibility: s.visibility ?? 'public',
        source: sourceOf(s),
        demo: opts.demo,
        seedKey: s.key,
        createdAt: now,
        createdBy: null,
        updatedAt: now,
        participants: [...new Set([...members(s.endDate), ...(s.guests ?? [])])].sort(),
        ...repo.UNPUBLISHED,
      };
      await checkMeeting(trx, meeting);
      await repo.insertSeedMeeting(trx, meeting);
    }
  });
}

const translate = translateWith(MEETINGS_TRANSLATIONS);

function sourceOf(s: SeedMeeting): Source | null {
  return s.source && { ...s.source, noteLocalized: translate(s.source.note) };
}

/**
 * A meeting loaded before ADR 0079 gets the Russian and Chinese versions of its source note, unless
 * the Secretariat has since rewritten the note (its English is no longer the seed's).
 */
async function refreshSeededNotes(db: Db, seeds: SeedMeeting[]) {
  const stored = await repo.listSeedSources(db);
  for (const s of seeds) {
    const before = stored.get(s.key);
    const wanted = sourceOf(s);
    if (!before?.noteLocalized || !wanted?.noteLocalized) continue;
    if (before.noteLocalized.en !== wanted.noteLocalized.en) continue;
    if (JSON.stringify(before.noteLocalized) === JSON.stringify(wanted.noteLocalized)) continue;
    await repo.setSeedSource(db, s.key, { ...before, noteLocalized: wanted.noteLocalized });
  }
}

export const seedMeetings = (kernel: Kernel) => loadSeedMeetings(kernel, SEED_MEETINGS, { demo: false });
export const seedDemoMeetings = (kernel: Kernel) =>
  loadSeedMeetings(kernel, demoMeetings(kernel.now()), { demo: true });
