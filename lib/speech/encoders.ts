import type { SpeechTools } from './tools';

export type SpeechEncoding = 'opus' | 'mp3' | 'wav';

/** How eSpeak NG's WAV becomes what is stored and sent: a program and its arguments, or nothing. */
export type Encoder =
  | { encoding: 'opus'; program: string; args: (input: string, output: string) => string[] }
  | { encoding: 'mp3'; program: string; args: (input: string, output: string) => string[] }
  | { encoding: 'wav' };

export const contentTypes: Record<SpeechEncoding, string> = {
  opus: 'audio/ogg; codecs=opus',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
};

export const fileExtensions: Record<SpeechEncoding, string> = { opus: 'opus', mp3: 'mp3', wav: 'wav' };

/**
 * The smallest format a program on this machine can write: Opus (a sentence is a few KB at 24
 * kbit/s, and speech stays clear), else MP3, else the WAV eSpeak NG writes itself (ten times larger).
 */
export function chooseEncoder(tools: Pick<SpeechTools, 'opusenc' | 'lame' | 'ffmpeg'>): Encoder {
  if (tools.opusenc) {
    return { encoding: 'opus', program: tools.opusenc, args: (input, output) => ['--quiet', '--speech', '--bitrate', '24', input, output] };
  }
  if (tools.lame) {
    return { encoding: 'mp3', program: tools.lame, args: (input, output) => ['--quiet', '-V', '6', input, output] };
  }
  if (tools.ffmpeg) {
    return {
      encoding: 'mp3',
      program: tools.ffmpeg,
      args: (input, output) => ['-nostdin', '-loglevel', 'error', '-y', '-i', input, '-codec:a', 'libmp3lame', '-q:a', '6', '-f', 'mp3', output],
    };
  }
  return { encoding: 'wav' };
}
