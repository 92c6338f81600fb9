'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStored, writeStored } from '@/lib/browser-storage';
import type { ReaderPassageRef, StudyToolProps } from './passage-ref';
import { isToolKey } from './keys';
import './listen-controls.css';

type SpokenLang = 'hi' | 'en';
type Voice = { kind: 'checking' } | { kind: 'browser'; voice: SpeechSynthesisVoice } | { kind: 'server' } | { kind: 'unavailable' };
type Spoken = { ok: true } | { ok: false; message: string };
type Playing = 'sentence' | 'passage' | null;

const rateKey = 'sahpath:listen-rate';
const englishKey = 'sahpath:listen-english';
const rates = [0.6, 0.8, 1, 1.2] as const;
const defaultRate = 1;
/** The sentence being spoken: outlined and tinted (listen-controls.css), not told by colour alone. */
const speakingClass = 'is-speaking';
const listenButton = 'button.sentence-tool[data-tool="listen"]';
const spokenOk: Spoken = { ok: true };

interface SpokenSentence {
  element: HTMLElement;
  lang: SpokenLang;
  /** Where the server speaks it: the passage, the alignment link, the side and the place within that side. */
  url: string;
}

function readStoredRate(): number {
  const stored = Number(readStored(rateKey));
  return rates.find((rate) => rate === stored) ?? defaultRate;
}

/** The browser's voice for a language: one for India first (hi-IN, en-IN), then the default one, then any. */
function findBrowserVoice(lang: SpokenLang): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const matching = speechSynthesis.getVoices().filter((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith(lang));
  return (
    matching.find((voice) => voice.lang.replace('_', '-').toLowerCase() === `${lang}-in`) ??
    matching.find((voice) => voice.default) ??
    matching[0]
  );
}


/** The sentences of these pairs in reading order: each pair's Hindi, then its English if asked. */
function collectSentences(pairs: readonly Element[], withEnglish: boolean, passage: ReaderPassageRef, lng: string): SpokenSentence[] {
  const sides: SpokenLang[] = withEnglish ? ['hi', 'en'] : ['hi'];
  return pairs.flatMap((pair) =>
    sides.flatMap((side) =>
      [...pair.querySelectorAll<HTMLElement>(`[data-side="${side}"]`)].map((element, part) => {
        const query = new URLSearchParams({
          source: passage.source,
          ref: passage.ref,
          link: element.dataset.align ?? '',
          side,
          part: String(part),
          lng,
        });
        return { element, lang: element.lang === 'en' ? 'en' : 'hi', url: `/api/speech?${query}` } satisfies SpokenSentence;
      }),
    ),
  );
}

/**
 * Speaks sentences aloud: the browser's own voice where it has one for the language, else the
 * server's eSpeak NG voice. The current sentence from its bar button or the `p` key, or the passage
 * from the current sentence on; the sentence being spoken is marked, and the speed is remembered.
 */
export function ListenControls({ lng, passageRef }: StudyToolProps) {
  const { t } = useTranslation('listen');
  const [rate, setRate] = useState<number>(defaultRate);
  const [withEnglish, setWithEnglish] = useState(false);
  const [voices, setVoices] = useState<Record<SpokenLang, Voice>>({ hi: { kind: 'checking' }, en: { kind: 'checking' } });
  const [playing, setPlaying] = useState<Playing>(null);
  const [status, setStatus] = useState('');

  const rateRef = useRef(rate);
  const runRef = useRef(0);
  const cancelRef = useRef<(() => void) | null>(null);
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const serverStatusRef = useRef<Promise<boolean> | null>(null);
  const { source, ref } = passageRef;

  useEffect(() => {
    setRate(readStoredRate());
    setWithEnglish(readStored(englishKey) === 'on');
  }, []);

  useEffect(() => {
    rateRef.current = rate;
    if (audioRef.current) audioRef.current.playbackRate = rate;
  }, [rate]);

  // Whether the server can speak is asked once, and only when the browser lacks a voice.
  const serverAvailable = useCallback((): Promise<boolean> => {
    serverStatusRef.current ??= fetch('/api/speech/status')
      .then(async (response) => {
        if (!response.ok) return false;
        const body = (await response.json()) as { available?: unknown };
        return body.available === true;
      })
      .catch((error: unknown) => {
        console.error(error);
        serverStatusRef.current = null;
        return false;
      });
    return serverStatusRef.current;
  }, []);

  const chooseVoice = useCallback(
    async (lang: SpokenLang): Promise<Voice> => {
      const browserVoice = findBrowserVoice(lang);
      if (browserVoice) return { kind: 'browser', voice: browserVoice };
      return (await serverAvailable()) ? { kind: 'server' } : { kind: 'unavailable' };
    },
    [serverAvailable],
  );

  useEffect(() => {
    let live = true;
    const update = () => {
      void Promise.all([chooseVoice('hi'), chooseVoice('en')]).then(([hi, en]) => {
        if (live) setVoices({ hi, en });
      });
    };
    update();
    // Browsers load their voices after the page: a voice that arrives later replaces the server's.
    const synthesis = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
    synthesis?.addEventListener('voiceschanged', update);
    return () => {
      live = false;
      synthesis?.removeEventListener('voiceschanged', update);
    };
  }, [chooseVoice]);

  const speakInBrowser = useCallback((sentence: SpokenSentence, voice: SpeechSynthesisVoice): Promise<Spoken> => {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(sentence.element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rateRef.current;
      utterance.onend = () => resolve(spokenOk);
      utterance.onerror = (event) =>
        resolve(event.error === 'interrupted' || event.error === 'canceled' ? spokenOk : { ok: false, message: event.error });
      cancelRef.current = () => {
        speechSynthesis.cancel();
        resolve(spokenOk);
      };
      speechSynthesis.speak(utterance);
    });
  }, []);

  const speakFromServer = useCallback(
    async (sentence: SpokenSentence): Promise<Spoken> => {
      let response: Response;
      try {
        response = await fetch(sentence.url);
      } catch (error) {
        console.error(error);
        return { ok: false, message: t('status.unreachable') };
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        if (typeof body.message === 'string') return { ok: false, message: body.message };
        // A limit answered by something in front of the server may carry no message of ours.
        if (response.status === 429) return { ok: false, message: t('errors.too-many-requests', { seconds: response.headers.get('retry-after') ?? 60 }) };
        return { ok: false, message: String(response.status) };
      }
      const source = URL.createObjectURL(await response.blob());
      // One element for every sentence: a browser that lets it play once lets it play the next.
      audioRef.current ??= new Audio();
      const audio = audioRef.current;
      try {
        return await new Promise<Spoken>((resolve) => {
          const finish = (spoken: Spoken) => {
            audio.onended = null;
            audio.onerror = null;
            resolve(spoken);
          };
          audio.onended = () => finish(spokenOk);
          audio.onerror = () => finish({ ok: false, message: audio.error?.message || t('errors.failed') });
          cancelRef.current = () => {
            audio.pause();
            finish(spokenOk);
          };
          audio.src = source;
          audio.playbackRate = rateRef.current;
          audio.play().catch((error: unknown) => finish({ ok: false, message: error instanceof Error ? error.message : String(error) }));
        });
      } finally {
        URL.revokeObjectURL(source);
      }
    },
    [t],
  );

  const clearMarks = useCallback(() => {
    for (const element of document.querySelectorAll(`.${speakingClass}`)) element.classList.remove(speakingClass);
  }, []);

  /** The bar's listen button shows it is pressed while it plays the current sentence. */
  const pressListenButton = useCallback((pressed: boolean) => {
    for (const button of document.querySelectorAll(listenButton)) button.setAttribute('aria-pressed', String(pressed));
  }, []);

  const stop = useCallback(() => {
    runRef.current += 1;
    const cancel = cancelRef.current;
    cancelRef.current = null;
    cancel?.();
    clearMarks();
    pressListenButton(false);
    setPlaying(null);
  }, [clearMarks, pressListenButton]);

  const play = useCallback(
    async (sentences: readonly SpokenSentence[], mode: Exclude<Playing, null>) => {
      stop();
      const run = runRef.current;
      setStatus('');
      setPlaying(mode);
      pressListenButton(mode === 'sentence');
      for (const sentence of sentences) {
        const voice = await chooseVoice(sentence.lang);
        if (run !== runRef.current) return;
        if (voice.kind === 'unavailable' || voice.kind === 'checking') {
          setStatus(t(sentence.lang === 'hi' ? 'voice.unavailable' : 'voice.unavailableEnglish'));
          break;
        }
        clearMarks();
        sentence.element.classList.add(speakingClass);
        sentence.element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        const spoken = voice.kind === 'browser' ? await speakInBrowser(sentence, voice.voice) : await speakFromServer(sentence);
        if (run !== runRef.current) return;
        if (!spoken.ok) {
          setStatus(t('status.failed', { message: spoken.message }));
          break;
        }
      }
      if (run === runRef.current) stop();
    },
    [chooseVoice, clearMarks, pressListenButton, speakFromServer, speakInBrowser, stop, t],
  );

  const currentPair = useCallback(() => document.querySelector('[data-reader] .pair.is-current') ?? document.querySelector('[data-reader] .pair'), []);

  const playCurrent = useCallback(() => {
    const pair = currentPair();
    if (pair) void play(collectSentences([pair], withEnglish, { source, ref }, lng), 'sentence');
  }, [currentPair, lng, play, ref, source, withEnglish]);

  const playFromHere = useCallback(() => {
    const pairs = [...document.querySelectorAll('[data-reader] .pair')];
    const current = currentPair();
    const from = current ? Math.max(pairs.indexOf(current), 0) : 0;
    void play(collectSentences(pairs.slice(from), withEnglish, { source, ref }, lng), 'passage');
  }, [currentPair, lng, play, ref, source, withEnglish]);

  // The latest handlers, for listeners bound once.
  const actions = useRef({ playCurrent, stop, playing });
  useEffect(() => {
    actions.current = { playCurrent, stop, playing };
  }, [playCurrent, stop, playing]);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-reader]');
    if (!root) return;
    const toggle = () => (actions.current.playing ? actions.current.stop() : actions.current.playCurrent());
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(listenButton)) toggle();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToolKey(event, 'p')) return;
      event.preventDefault();
      toggle();
    };
    for (const button of root.querySelectorAll(listenButton)) button.setAttribute('aria-pressed', 'false');
    root.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      for (const button of root.querySelectorAll(listenButton)) button.removeAttribute('aria-pressed');
    };
  }, []);

  // Leaving the page stops the voice: speech synthesis would otherwise go on speaking.
  useEffect(() => () => actions.current.stop(), []);

  const chooseRate = (value: number) => {
    setRate(value);
    writeStored(rateKey, String(value));
  };
  const chooseEnglish = (value: boolean) => {
    setWithEnglish(value);
    writeStored(englishKey, value ? 'on' : 'off');
  };

  const describeVoice = (lang: SpokenLang): string => {
    const voice = voices[lang];
    if (voice.kind === 'browser') return t('voice.browser', { name: voice.voice.name });
    if (voice.kind === 'server') return t('voice.server', { language: t(`language.${lang}`) });
    if (voice.kind === 'unavailable') return t(lang === 'hi' ? 'voice.unavailable' : 'voice.unavailableEnglish');
    return t('voice.checking');
  };

  return (
    <div className="listen-controls" role="group" aria-label={t('controls')} data-listen>
      {playing ? (
        <button type="button" className="listen-button listen-button--stop" onClick={stop}>
          <span aria-hidden="true">■ </span>
          {t('stop')}
        </button>
      ) : (
        <button type="button" className="listen-button" onClick={playFromHere}>
          <span aria-hidden="true">▶ </span>
          {t('playFromHere')}
        </button>
      )}
      <label className="listen-field">
        {t('speed')}
        <select value={String(rate)} onChange={(event) => chooseRate(Number(event.target.value))} data-listen-rate>
          {rates.map((value) => (
            <option key={value} value={String(value)}>
              {t('speedValue', { rate: value.toLocaleString(lng === 'hi' ? 'hi-IN' : 'en') })}
            </option>
          ))}
        </select>
      </label>
      <label className="listen-field">
        <input type="checkbox" checked={withEnglish} onChange={(event) => chooseEnglish(event.target.checked)} />
        {t('withEnglish')}
      </label>
      <span className="listen-voice" role="status" data-listen-voice>
        <span lang={lng}>{describeVoice('hi')}</span>
        {withEnglish ? <span lang={lng}>{describeVoice('en')}</span> : null}
        {status ? <span className="listen-problem">{status}</span> : null}
      </span>
    </div>
  );
}
