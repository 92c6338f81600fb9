import 'server-only';
import { databaseConfigFromEnv, openDatabase, type Database, type OpenDatabase } from './client';

// One database per server process, kept on globalThis so that module reloads in development
// do not open a second PGlite on the same files.
const holder = globalThis as typeof globalThis & { sahpathDatabase?: Promise<OpenDatabase> };

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

export async function getDb(): Promise<Database> {
  return (await getOpenDatabase()).db;
}
