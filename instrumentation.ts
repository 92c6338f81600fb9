/** Opens the database, running its migrations, when the server starts rather than on the first request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getOpenDatabase } = await import('@/lib/db');
  await getOpenDatabase();
}
