import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { tables } from '../src/server/core/db/database';
import { newId } from '../src/server/core/ids';
import { startPostgres } from '../scripts/postgres';

/**
 * Benchmark of the cyber exchange (issue 9), one request at a time over real HTTP:
 *  - ingest: POST envelopes of 500 indicators with full STIX validation, objects per second;
 *  - a page of 100 objects with `added_after` in collections of CYBER_SIZES objects (loaded straight into
 *    the table, batches of 500 in one transaction; the page is what is measured, not the load), p50 and p95.
 * `npx tsx bench/cyber.ts` runs it on SQLite and on a throwaway PostgreSQL.
 */
export interface CyberFigure {
  name: string;
  p50?: number;
  p95?: number;
  perSecond?: number;
}

const INGEST = Number(process.env.BENCH_CYBER_INGEST ?? 20_000);
const SIZES = (process.env.BENCH_CYBER_SIZES ?? '1000,100000,1000000').split(',').map(Number);
const COLLECTIONS = ['cert-cn', 'cert-ru', 'cert-in', 'cert-pk'];
const TAXII = 'application/taxii+json;version=2.1';

function indicator(i: number) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    name: `Bench indicator ${i}`,
    pattern: `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`,
    pattern_type: 'stix',
    valid_from: '2026-11-01T10:00:00Z',
    object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
  };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

export async function benchCyber(dbUrl: string): Promise<CyberFigure[]> {
  const engine = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const config = loadConfig({ DATABASE_URL: dbUrl, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await buildApp(config, { logger: false });
  const figures: CyberFigure[] = [];
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const basic = (code: string) =>
      `Basic ${Buffer.from(`cert.${code}@example.org:demo-password`).toString('base64')}`;
    const tokenRes = await fetch(`${origin}/api/v1/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cert.kz@example.org', password: 'demo-password', label: 'bench' }),
    });
    const auth = `Bearer ${((await tokenRes.json()) as { token: string }).token}`;
    const list = await fetch(`${origin}/taxii2/exchange/collections/`, {
      headers: { accept: TAXII, authorization: basic('kz') },
    });
    const cols = ((await list.json()) as { collections: { id: string; alias: string }[] }).collections;
    const idOf = (alias: string) => cols.find((c) => c.alias === alias)!.id;

    // Ingest through POST with validation, batches of 500.
    const kz = idOf('cert-kz');
    // The client shares the process and its cores with the server: envelopes are built before timing.
    const envelopes: { body: string; count: number }[] = [];
    for (let i = 0; i < INGEST; i += 500) {
      const objects = Array.from({ length: Math.min(500, INGEST - i) }, (_, j) => indicator(i + j));
      envelopes.push({ body: JSON.stringify({ objects }), count: objects.length });
    }
    const s0 = performance.now();
    for (const e of envelopes) {
      const res = await fetch(`${origin}/taxii2/exchange/collections/${kz}/objects/`, {
        method: 'POST',
        headers: { accept: TAXII, 'content-type': TAXII, authorization: auth },
        body: e.body,
      });
      const status = (await res.json()) as { success_count: number };
      if (res.status !== 202 || status.success_count !== e.count) throw new Error(`ingest: ${res.status}`);
    }
    figures.push({
      name: `POST objects, 500 per envelope, validated (${engine})`,
      perSecond: INGEST / ((performance.now() - s0) / 1000),
    });

    // Pages of 100 with added_after, in collections of growing size loaded straight into the table.
    const db = tables<{ cyber_object: Record<string, unknown>; cyber_collection: Record<string, unknown> }>(
      app.kernel.db,
    );
    const base = Date.parse('2026-11-01T00:00:00Z') * 1000;
    for (const [k, size] of SIZES.entries()) {
      const collection = idOf(COLLECTIONS[k]!);
      await app.kernel.db.transaction().execute(async (trx) => {
        const t = tables<{ cyber_object: Record<string, unknown> }>(trx);
        for (let i = 0; i < size; i += 500) {
          const rows = Array.from({ length: Math.min(500, size - i) }, (_, j) => {
            const o = indicator(i + j);
            return {
              row_id: newId(),
              collection_id: collection,
              stix_id: o.id,
              type: o.type,
              spec_version: '2.1',
              version: o.modified,
              version_us: base,
              date_added_us: base + i + j,
              publisher_state: 'CN',
              tlp: 1,
              recipients: ',CN,',
              object: JSON.stringify(o),
              added_by: 'bench',
            };
          });
          await t.insertInto('cyber_object').values(rows).execute();
        }
      });
      await db
        .updateTable('cyber_collection')
        .set({ last_added_us: base + size })
        .where('id', '=', collection)
        .execute();
      await sql`ANALYZE`.execute(app.kernel.db);
      const times: number[] = [];
      for (let n = 0; n < 200; n++) {
        const at = base + Math.floor((((n * 7919) % 997) / 997) * Math.max(0, size - 100));
        const after = new Date(Math.floor(at / 1000))
          .toISOString()
          .replace('Z', `${String(at % 1000).padStart(3, '0')}Z`);
        const t0 = performance.now();
        const res = await fetch(
          `${origin}/taxii2/exchange/collections/${collection}/objects/?limit=100&added_after=${after}`,
          { headers: { accept: TAXII, authorization: auth } },
        );
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`page: ${res.status}`);
        if (n >= 10) times.push(performance.now() - t0);
      }
      figures.push({
        name: `GET objects ?limit=100&added_after, ${size.toLocaleString('en')} objects (${engine})`,
        p50: quantile(times, 0.5),
        p95: quantile(times, 0.95),
      });
    }
  } finally {
    await app.close();
  }
  return figures;
}

export function printCyber(figures: CyberFigure[]) {
  console.log('\nCyber exchange (TAXII 2.1), one request at a time');
  console.log('run'.padEnd(70) + 'per s'.padStart(9) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9));
  for (const f of figures) {
    console.log(
      f.name.padEnd(70) +
        (f.perSecond ? f.perSecond.toFixed(0) : '').padStart(9) +
        (f.p50 !== undefined ? f.p50.toFixed(2) : '').padStart(9) +
        (f.p95 !== undefined ? f.p95.toFixed(2) : '').padStart(9),
    );
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sco-bench-cyber-'));
  const figures = await benchCyber(`sqlite:${dir}/cyber.sqlite`);
  if (process.env.BENCH_CYBER_ENGINES !== 'sqlite') {
    const pg = await startPostgres();
    try {
      figures.push(...(await benchCyber(pg.url)));
    } finally {
      pg.stop();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  printCyber(figures);
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
