import { getSpeaker } from '@/lib/speech';

export const dynamic = 'force-dynamic';

/** Whether the server can speak (eSpeak NG is installed), for the player to say which voice it will use. */
export async function GET(): Promise<Response> {
  const speaker = await getSpeaker();
  return Response.json(
    { available: speaker.available, encoding: speaker.encoding },
    { headers: { 'cache-control': 'no-store' } },
  );
}
