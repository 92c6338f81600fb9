/**
 * Words whose inherent vowels are known, and what they tell about other words. Schwa deletion
 * follows morphemes that the spelling does not show: कमरों is kamroṁ because कमरा is kamrā, and
 * अनियमित is a-niyamit because नियमित is a word. A word the rules do not say right is found here
 * as itself, as a known stem with an ending, or as two known parts.
 */

import { parseAksharas as parse, type Akshara } from './romanize';

/** A word (NFC) and, for each of its inherent vowels in written order, whether it is said. */
export type SchwaLexiconEntries = Iterable<readonly [word: string, said: readonly boolean[]]>;

/** Per akshara: whether its inherent vowel is said; null where it has none. */
type Said = (boolean | null)[];

export interface SchwaLexicon {
  /** What is known of this word's inherent vowels, per akshara, or null when nothing is. */
  lookup(aksharas: readonly Akshara[]): Said | null;
}

const nasalMark = { none: '', anusvara: 'ṃ', candrabindu: 'ṁ' } as const;

const aksharaKey = (akshara: Akshara) =>
  `${akshara.consonant ?? ''}${akshara.inherent ? '@' : akshara.vowel ?? '_'}${nasalMark[akshara.nasal]}${akshara.visarga ? 'ḥ' : ''}.`;

const keyOf = (aksharas: readonly Akshara[]) => aksharas.map(aksharaKey).join('');

/** The endings that sit on a stem's last consonant: -ā, -e, -ī, -oṁ, -o, -eṁ, -īṁ, -iyāṁ … */
const vowelEndings = new Set(['ā', 'e', 'ī', 'o', 'i', 'u', 'ū', 'ai', 'au']);

/**
 * Endings of whole syllables after a stem: verbs' -nā, -tā, -kar, -gā, -vālā, and nouns' -tā,
 * -pan, -yoṁ.
 */
const syllableEndingWords = ['ना', 'नी', 'ने', 'नों', 'ता', 'ती', 'ते', 'तीं', 'कर', 'पन', 'वाला', 'वाली', 'वाले', 'गी', 'गा', 'गे', 'या', 'ये', 'यों', 'ई', 'ए', 'ओ', 'एँ'];

/** The fewest aksharas each part of a two-part word keeps (tried 2 to 4 on the tuning words). */
const minimumPart = 2;

/** Whether an ending is -o, -oṁ or the plural -eṁ, which keep a consonant stem's vowels (खबरें xabareṁ). */
const isObliqueO = (akshara: Akshara) => akshara.vowel === 'o' || (akshara.vowel === 'e' && akshara.nasal !== 'none');

/** An ā-stem's own endings, -ā and -e (कमरा, कमरे), which show how its other forms are said. */
const isAStemEnding = (akshara: Akshara) => (akshara.vowel === 'ā' || akshara.vowel === 'e') && akshara.nasal === 'none';

/** Where a vowel ending sits on a stem's last consonant, the stem's key for words of that ending's kind. */
function vowelStemKey(aksharas: readonly Akshara[]): string | null {
  const last = aksharas.at(-1);
  if (!last?.consonant || last.inherent || last.vowel === null || aksharas.length < 2 || !vowelEndings.has(last.vowel)) return null;
  const kind = isObliqueO(last) ? 'o' : isAStemEnding(last) ? 'ā' : '';
  return `${keyOf(aksharas.slice(0, -1))}${last.consonant}·${kind}`;
}

/** A stem's key and what is said of its aksharas, for every stem a known word shows. */
function stemsOf(aksharas: readonly Akshara[], said: Said, syllableEndings: readonly string[][]): [string, Said][] {
  const stems: [string, Said][] = [];
  const vowelKey = vowelStemKey(aksharas);
  if (vowelKey) stems.push([vowelKey, said.slice(0, -1)]);
  for (const ending of syllableEndings) {
    const at = aksharas.length - ending.length;
    if (at >= 2 && keyOf(aksharas.slice(at)) === ending.join('')) stems.push([`${keyOf(aksharas.slice(0, at))}|`, said.slice(0, at)]);
  }
  if (aksharas.length >= 2) stems.push([`${keyOf(aksharas)}|`, said]);
  return stems;
}

/** The most common of the patterns seen for one key, as the pattern for that key. */
function mostCommon(patterns: Map<string, { said: Said; count: number }>): Said {
  let best: { said: Said; count: number } | undefined;
  for (const candidate of patterns.values()) if (!best || candidate.count > best.count) best = candidate;
  return best?.said ?? [];
}

export function createSchwaLexicon(entries: SchwaLexiconEntries): SchwaLexicon {
  const syllableEndings = syllableEndingWords.map((ending) => parse(ending).map(aksharaKey));
  const words = new Map<string, Said>();
  const stemVotes = new Map<string, Map<string, { said: Said; count: number }>>();
  for (const [word, saidList] of entries) {
    const aksharas = parse(word);
    const said = spread(aksharas, saidList);
    if (!said) continue;
    words.set(keyOf(aksharas), said);
    for (const [key, stemSaid] of stemsOf(aksharas, said, syllableEndings)) {
      const votes = stemVotes.get(key) ?? new Map<string, { said: Said; count: number }>();
      const voteKey = stemSaid.map((value) => (value === null ? '-' : Number(value))).join('');
      const vote = votes.get(voteKey) ?? { said: stemSaid, count: 0 };
      vote.count += 1;
      votes.set(voteKey, vote);
      stemVotes.set(key, votes);
    }
  }
  const stems = new Map<string, Said>([...stemVotes].map(([key, votes]) => [key, mostCommon(votes)]));

  const asStem = (aksharas: readonly Akshara[]): Said | null => {
    const exact = words.get(keyOf(aksharas));
    if (exact) return exact;
    const vowelKey = vowelStemKey(aksharas);
    if (vowelKey) {
      const last = aksharas.at(-1) as Akshara;
      // -oṁ after a consonant stem keeps that stem's vowels (अरबों arabõ as अरब arab); after
      // an ā-stem it is said as the stem's other forms (कमरों kamroṁ as कमरा kamrā).
      const consonantStem = isObliqueO(last) ? words.get(keyOf([...aksharas.slice(0, -1), { ...last, vowel: 'a', inherent: true, nasal: 'none', visarga: false }])) : undefined;
      const stem = consonantStem?.slice(0, -1) ?? stems.get(vowelKey) ?? (isObliqueO(last) ? stems.get(`${vowelKey.slice(0, -1)}ā`) : undefined);
      if (stem) return [...stem, null];
    }
    for (let cut = aksharas.length - 1; cut >= 2; cut -= 1) {
      const endingKey = aksharas.slice(cut).map(aksharaKey);
      if (!syllableEndings.some((ending) => ending.join('') === endingKey.join(''))) continue;
      const stem = stems.get(`${keyOf(aksharas.slice(0, cut))}|`);
      if (stem) return [...stem, ...aksharas.slice(cut).map(() => null)];
    }
    return null;
  };

  return {
    lookup(aksharas) {
      const known = asStem(aksharas);
      if (known) return known;
      for (let cut = minimumPart; cut <= aksharas.length - minimumPart; cut += 1) {
        const first = words.get(keyOf(aksharas.slice(0, cut)));
        if (!first) continue;
        const second = asStem(aksharas.slice(cut));
        if (second) return [...first, ...second];
      }
      return null;
    },
  };
}

/** A word's list of said inherent vowels laid over its aksharas; null if the counts differ. */
function spread(aksharas: readonly Akshara[], saidList: readonly boolean[]): Said | null {
  let next = 0;
  const said = aksharas.map((akshara) => (akshara.inherent ? (saidList[next++] ?? null) : null));
  return next === saidList.length ? said : null;
}
