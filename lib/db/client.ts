import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** What the data layer sees: the same Drizzle API whether PGlite or a PostgreSQL server answers. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; poolSize?: number };

export type OpenDatabase = {
  db: Database;
  kind: DatabaseConfig['kind'];
  close(): Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), 'lib', 'db', 'migrations');

/** DATABASE_URL selects a PostgreSQL server; otherwise PGlite keeps its files in SAHPATH_DATA_DIR or ./data/db. */
export function databaseConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url, poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined };
  const dataDir = env.SAHPATH_DATA_DIR?.trim() || path.join(process.cwd(), 'data', 'db');
  return { kind: 'pglite', dataDir };
}

// Any two instances that start together must not both migrate: a session-level advisory lock on a
// connection of its own makes the second wait for the first, and ending that connection releases it.
const migrationLockKey = 7_263_400_001;

export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === 'pglite') {
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    const client = config.dataDir ? await PGlite.create(config.dataDir) : await PGlite.create();
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return { db, kind: 'pglite', close: () => client.close() };
  }
  const lockClient = new pg.Client({ connectionString: config.url });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await migratePostgres(drizzlePostgres({ client: lockClient, schema }), { migrationsFolder });
  } finally {
    await lockClient.end();
  }
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
  const db = drizzlePostgres({ client: pool, schema });
  return { db, kind: 'postgres', close: () => pool.end() };
}

// One database per server process, kept on globalThis so that module reloads in development and
// the separate bundles of instrumentation and routes all share it, never opening PGlite twice.
const holder = globalThis as typeof globalThis & { sahpathDatabase?: Promise<OpenDatabase> };

/** The process's database, opened (and migrated) on first use from the environment's configuration. */
export function getOpenDatabase(): Promise<OpenDatabase> {
  if (!holder.sahpathDatabase) {
    const opening = openDatabase(databaseConfigFromEnv());
    holder.sahpathDatabase = opening;
    opening.catch(() => {
      if (holder.sahpathDatabase === opening) holder.sahpathDatabase = undefined;
    });
  }
  return holder.sahpathDatabase;
}
