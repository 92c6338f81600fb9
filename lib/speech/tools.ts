import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

/** The programs speech needs, each as an absolute path, or null where it is not installed. */
export interface SpeechTools {
  espeak: string | null;
  opusenc: string | null;
  lame: string | null;
  ffmpeg: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch (error) {
    if (isMissingFileError(error)) return false;
    throw error;
  }
}

export function isMissingFileError(error: unknown): boolean {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR';
}

/**
 * Where a program is: the path an override names (and nowhere else, so a test can name a missing
 * file), or the first executable of that name on PATH.
 */
export async function findExecutable(name: string, override: string | undefined, env: Env = process.env): Promise<string | null> {
  const named = override?.trim();
  if (named) return (await isExecutable(named)) ? path.resolve(named) : null;
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The speech programs this machine has; `SAHPATH_ESPEAK_PATH`, `SAHPATH_OPUSENC_PATH`, `SAHPATH_LAME_PATH` and `SAHPATH_FFMPEG_PATH` override the search. */
export async function findSpeechTools(env: Env = process.env): Promise<SpeechTools> {
  const [espeak, opusenc, lame, ffmpeg] = await Promise.all([
    findExecutable('espeak-ng', env.SAHPATH_ESPEAK_PATH, env),
    findExecutable('opusenc', env.SAHPATH_OPUSENC_PATH, env),
    findExecutable('lame', env.SAHPATH_LAME_PATH, env),
    findExecutable('ffmpeg', env.SAHPATH_FFMPEG_PATH, env),
  ]);
  return { espeak, opusenc, lame, ffmpeg };
}
