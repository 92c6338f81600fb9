import { describe, expect, it } from 'vitest';
import { chooseEncoder, contentTypes } from '@/lib/speech/encoders';

const none = { opusenc: null, lame: null, ffmpeg: null };

describe('the format speech is stored in', () => {
  it('is Opus when opusenc is installed, whatever else is', () => {
    const encoder = chooseEncoder({ opusenc: '/usr/bin/opusenc', lame: '/usr/bin/lame', ffmpeg: '/usr/bin/ffmpeg' });
    expect(encoder.encoding).toBe('opus');
    expect(encoder.encoding === 'opus' && encoder.program).toBe('/usr/bin/opusenc');
    expect(contentTypes.opus).toBe('audio/ogg; codecs=opus');
  });

  it('is MP3 through lame, else through ffmpeg, when there is no opusenc', () => {
    const lame = chooseEncoder({ ...none, lame: '/usr/bin/lame', ffmpeg: '/usr/bin/ffmpeg' });
    expect(lame.encoding === 'mp3' && lame.program).toBe('/usr/bin/lame');
    const ffmpeg = chooseEncoder({ ...none, ffmpeg: '/usr/bin/ffmpeg' });
    expect(ffmpeg.encoding === 'mp3' && ffmpeg.program).toBe('/usr/bin/ffmpeg');
    expect(ffmpeg.encoding === 'mp3' && ffmpeg.args('in.wav', 'out.mp3')).toEqual(expect.arrayContaining(['-i', 'in.wav', 'out.mp3']));
  });

  it('is the WAV eSpeak NG writes when no encoder is installed', () => {
    expect(chooseEncoder(none)).toEqual({ encoding: 'wav' });
  });
});
