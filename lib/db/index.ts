export { databaseConfigFromEnv, getOpenDatabase, migrationsFolder, openDatabase } from './client';
export type { Database, DatabaseConfig, OpenDatabase, Schema } from './client';
export * as tables from './schema';
export { isUniqueViolation } from './errors';
