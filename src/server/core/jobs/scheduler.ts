import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseKind } from '../../config';
import { tables, type Db, type DbOrTrx } from '../db/database';
import type { Kernel } from '../module';
import type { Signals } from './signals';

/**
 * Timed work, declared by a module in its manifest (`jobs: [...]`) or by the kernel itself. `due`
 * says when the job next has work: either a period (`{ every: ms }`, counted from its last run) or a
 * function of the data (the earliest open deadline; null when nothing is pending). `run` does all the
 * work due at `kernel.now()` and must be safe to run again (a process may die in the middle).
 */
export interface JobDefinition {
  name: string;
  due: { every: number } | ((kernel: Kernel) => Promise<Date | null>);
  run: (kernel: Kernel) => Promise<void>;
}

export function defineJob(job: JobDefinition): JobDefinition {
  return job;
}

interface JobTables {
  core_job: { name: string; last_run_at: string | null; last_error: string | null };
}

const MAX_SLEEP_MS = 60_000;
const MIN_SLEEP_MS = 20;
const SIGNAL = 'jobs';

/**
 * One scheduler per process; its state is the database. Each pass asks every job when it is due, runs
 * those that are, and sleeps until the earliest next one (at most a minute). A module whose schedule
 * moved (a new deadline) calls `wake(trx)`: every process re-plans after the commit.
 *
 * On PostgreSQL each run holds the job's `core_job` row `FOR UPDATE SKIP LOCKED` for its duration,
 * so one process runs a job at a time and the others skip it and look again after `pollMs`; a killed
 * runner's lock goes with its connection. The job re-checks that it is still due under the lock, so
 * a periodic job does not run twice in one period. See ADR 0008.
 */
export class Scheduler {
  private readonly jobs: JobDefinition[] = [];
  private readonly notBefore = new Map<string, number>();
  private kernel: Kernel | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly kind: DatabaseKind,
    private readonly signals: Signals,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs: number,
  ) {
    signals.on(SIGNAL, () => this.kick());
  }

  register(jobs: readonly JobDefinition[]) {
    for (const job of jobs) {
      if (this.jobs.some((j) => j.name === job.name)) throw new Error(`Job ${job.name} declared twice`);
      this.jobs.push(job);
    }
  }

  /** A schedule moved in `d`'s transaction: every process plans again once it commits. */
  async wake(d: DbOrTrx) {
    await this.signals.notify(d, SIGNAL);
  }

  /** Runs the first pass (waiting for another process's run of a job rather than skipping it). */
  async start(kernel: Kernel) {
    this.kernel = kernel;
    if (this.jobs.length) {
      await tables<JobTables>(this.db)
        .insertInto('core_job')
        .values(this.jobs.map((j) => ({ name: j.name, last_run_at: null, last_error: null })))
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
    }
    this.stopped = false;
    this.kick(true);
    await this.running;
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private kick(first = false) {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = (async () => {
      let sleep: number;
      do {
        this.again = false;
        try {
          sleep = await this.pass(first);
        } catch (err) {
          this.log.error({ err }, 'scheduler pass failed');
          sleep = this.pollMs;
        }
        first = false;
      } while (this.again && !this.stopped);
      if (this.stopped) return;
      this.timer = setTimeout(() => this.kick(), Math.max(sleep, MIN_SLEEP_MS));
      this.timer.unref();
    })().finally(() => (this.running = undefined));
  }

  /** Runs what is due; returns how long to sleep. */
  private async pass(first: boolean): Promise<number> {
    const kernel = this.kernel!;
    let sleep = MAX_SLEEP_MS;
    for (const job of this.jobs) {
      const wallNow = Date.now();
      const hold = this.notBefore.get(job.name) ?? 0;
      if (hold > wallNow) {
        sleep = Math.min(sleep, hold - wallNow);
        continue;
      }
      const due = await this.dueOf(job, this.db);
      const now = kernel.now().getTime();
      if (due === null) continue;
      if (due.getTime() > now) {
        sleep = Math.min(sleep, due.getTime() - now);
        continue;
      }
      const ran = await this.runLocked(job, first);
      const next = ran ? await this.dueOf(job, this.db) : null;
      // Skipped (another process runs it), or due as before after running (the same work failed
      // again): look again after the poll interval rather than spinning. Work that fell due during
      // the run is done at once.
      if (!ran || (next && next.getTime() <= due.getTime())) {
        this.notBefore.set(job.name, Date.now() + this.pollMs);
        sleep = Math.min(sleep, this.pollMs);
      } else if (next) {
        sleep = Math.min(sleep, next.getTime() - kernel.now().getTime());
      }
    }
    return sleep;
  }

  private async dueOf(job: JobDefinition, d: DbOrTrx): Promise<Date | null> {
    if (typeof job.due === 'function') return job.due(this.kernel!);
    const row = await tables<JobTables>(d)
      .selectFrom('core_job')
      .select('last_run_at')
      .where('name', '=', job.name)
      .executeTakeFirst();
    if (!row?.last_run_at) return this.kernel!.now();
    return new Date(Date.parse(row.last_run_at) + job.due.every);
  }

  /** Returns false when another process holds the job. */
  private async runLocked(job: JobDefinition, wait: boolean): Promise<boolean> {
    if (this.kind !== 'postgres') {
      await this.runAndRecord(job, this.db);
      return true;
    }
    return this.db.transaction().execute(async (trx) => {
      let q = tables<JobTables>(trx)
        .selectFrom('core_job')
        .select('name')
        .where('name', '=', job.name)
        .forUpdate();
      if (!wait) q = q.skipLocked();
      if (!(await q.executeTakeFirst())) return false;
      const due = await this.dueOf(job, trx);
      if (due && due.getTime() <= this.kernel!.now().getTime()) await this.runAndRecord(job, trx);
      return true;
    });
  }

  private async runAndRecord(job: JobDefinition, d: DbOrTrx) {
    let error: string | null = null;
    try {
      await job.run(this.kernel!);
    } catch (err) {
      this.log.error({ err, job: job.name }, 'job failed');
      error = err instanceof Error ? err.message : String(err);
    }
    await tables<JobTables>(d)
      .updateTable('core_job')
      .set({ last_run_at: this.kernel!.now().toISOString(), last_error: error?.slice(0, 2000) ?? null })
      .where('name', '=', job.name)
      .execute();
  }
}
