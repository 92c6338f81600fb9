import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '@/lib/db';

/**
 * The two databases the data layer must work on. PGlite runs in memory. PostgreSQL is the server
 * that SAHPATH_TEST_POSTGRES_URL names (a role that may create databases): each suite gets a fresh
 * database of its own and drops it after. `.ci/run` sets the address and SAHPATH_REQUIRE_POSTGRES,
 * so there a missing server fails the run instead of skipping its half.
 */
export type DatabaseTarget = { name: 'pglite' | 'postgres'; available: boolean; open(): Promise<OpenDatabase> };

const adminUrl = process.env.SAHPATH_TEST_POSTGRES_URL?.trim();
if (!adminUrl && process.env.SAHPATH_REQUIRE_POSTGRES === '1') {
  throw new Error('SAHPATH_REQUIRE_POSTGRES is set but SAHPATH_TEST_POSTGRES_URL is not');
}

async function openFreshPostgres(url: string): Promise<OpenDatabase> {
  const name = `sahpath_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 4 });
  return {
    ...opened,
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export const databaseTargets: DatabaseTarget[] = [
  { name: 'pglite', available: true, open: () => openDatabase({ kind: 'pglite', dataDir: null }) },
  {
    name: 'postgres',
    available: Boolean(adminUrl),
    open: () => {
      if (!adminUrl) throw new Error('SAHPATH_TEST_POSTGRES_URL is not set');
      return openFreshPostgres(adminUrl);
    },
  },
];
