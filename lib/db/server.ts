import 'server-only';
import { getOpenDatabase, type Database } from './client';

export { getOpenDatabase };

export async function getDb(): Promise<Database> {
  return (await getOpenDatabase()).db;
}
