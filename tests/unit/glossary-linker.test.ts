import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGlossaryLinker,
  describeForm,
  glossaryEntrySchema,
  splitAtMatches,
  type GlossaryEntry,
  type LinkableEntry,
  type LinkContext,
  type LinkedTerm,
  type TermMatch,
} from '@/lib/glossary';

function makeEntry(
  id: string,
  forms: string[],
  english: string[] = [],
  source = id,
  defaultFor?: string[],
): LinkableEntry {
  return { id, forms, english, source, ...(defaultFor ? { defaultFor } : {}) };
}

const entries: LinkableEntry[] = [
  makeEntry('safeguard', ['सेफगार्ड', 'सेफगार्ड्स'], ['safeguard', 'safeguards']),
  makeEntry('safety', ['सेफ्टी'], ['safety']),
  makeEntry('case', ['केस'], ['case']),
  makeEntry('team', ['टीम'], ['team']),
  makeEntry('social-media', ['सोशल मीडिया'], ['social media']),
  makeEntry('media', ['मीडिया'], ['media']),
  makeEntry('head-of-safeguards-research', ['हेड ऑफ सेफगार्ड्स रिसर्च'], ['head of safeguards research']),
  makeEntry('head', ['हेड'], ['head']),
  makeEntry('research', ['रिसर्च'], ['research']),
  makeEntry('assisted', ['असिस्टेड'], ['assisted']),
  makeEntry('phone', ['\u095Eोन'], []),
  makeEntry('email', ['ई-मेल'], ['e-mail', 'email']),
  makeEntry('philosophical', ['फ़िलॉसॉफ़िकल', 'फिलॉसॉफिकल'], [], 'philosophical'),
  makeEntry('it', ['आईटी'], ['IT']),
  makeEntry('tv', ['टीवी'], ['TV', 'TVs']),
];
const linker = createGlossaryLinker(entries);

/** What each match covers, for readable assertions. */
function describeMatches(text: string, matches: readonly TermMatch[]): Array<[string, string]> {
  return matches.map((match) => [text.slice(match.start, match.end), match.entryId]);
}

function linkHindi(text: string): Array<[string, string]> {
  return describeMatches(text, linker.linkTerms(text));
}

describe('linkTerms', () => {
  it('links whole words only, never part of a longer word or conjunct', () => {
    expect(linkHindi('उन सेफ्टी केसों से क्या')).toEqual([['सेफ्टी', 'safety']]);
    expect(linkHindi('स्टीम इंजन और सेफगार्ड रिसर्च टीम')).toEqual([
      ['सेफगार्ड', 'safeguard'],
      ['रिसर्च', 'research'],
      ['टीम', 'team'],
    ]);
    expect(linkHindi('टीमें और केस्')).toEqual([]);
  });

  it('links every occurrence, in order', () => {
    expect(linkHindi('सेफ्टी और सेफ्टी, फिर सेफ्टी। AI सेफ्टी केस')).toEqual([
      ['सेफ्टी', 'safety'],
      ['सेफ्टी', 'safety'],
      ['सेफ्टी', 'safety'],
      ['सेफ्टी', 'safety'],
      ['केस', 'case'],
    ]);
  });

  it('prefers the longest form', () => {
    expect(linkHindi('जो सोशल मीडिया पर वायरल है, वह मीडिया में है')).toEqual([
      ['सोशल मीडिया', 'social-media'],
      ['मीडिया', 'media'],
    ]);
    expect(linkHindi('जब आपका हेड ऑफ सेफगार्ड्स रिसर्च ये तय करे, हेड और रिसर्च')).toEqual([
      ['हेड ऑफ सेफगार्ड्स रिसर्च', 'head-of-safeguards-research'],
      ['हेड', 'head'],
      ['रिसर्च', 'research'],
    ]);
  });

  it('matches multi-word forms across any whitespace, but not across other characters', () => {
    expect(linkHindi('सोशल\n   मीडिया')).toEqual([['सोशल\n   मीडिया', 'social-media']]);
    expect(linkHindi('सोशल\u00A0मीडिया')).toEqual([['सोशल\u00A0मीडिया', 'social-media']]);
    expect(linkHindi('सोशल, मीडिया')).toEqual([['मीडिया', 'media']]);
  });

  it('ignores nukta, its encoding, joiners and Unicode normalisation form', () => {
    expect(linkHindi('फोन, \u095Eोन, फ\u093Cोन')).toEqual([
      ['फोन', 'phone'],
      ['\u095Eोन', 'phone'],
      ['फ\u093Cोन', 'phone'],
    ]);
    expect(linkHindi('सेफ\u200Dगार्ड और सेफ्\u200Cटी')).toEqual([
      ['सेफ\u200Dगार्ड', 'safeguard'],
      ['सेफ्\u200Cटी', 'safety'],
    ]);
    const decomposed = 'एक फ़िलॉसॉफ़िकल विदाई'.normalize('NFD');
    expect(linkHindi(decomposed)).toEqual([['फ़िलॉसॉफ़िकल'.normalize('NFD'), 'philosophical']]);
  });

  it('matches any hyphen kind, and a hyphen separates words', () => {
    expect(linkHindi('ई-मेल और ई\u2011मेल')).toEqual([
      ['ई-मेल', 'email'],
      ['ई\u2011मेल', 'email'],
    ]);
    expect(linkHindi('AI‑असिस्टेड बायोटेररिज्म')).toEqual([['असिस्टेड', 'assisted']]);
    expect(linkHindi('ई मेल')).toEqual([]);
    expect(linkHindi('ई - मेल')).toEqual([]);
  });

  it('returns offsets into the original text', () => {
    const text = 'a\u00ADb सेफ्टी';
    expect(linker.linkTerms(text)).toEqual([{ start: 4, end: 10, entryId: 'safety', decidedBy: 'only' }]);
  });

  it('finds every inserted form at its position, sorted and non-overlapping', () => {
    const formsWithIds = entries.flatMap((entry) => entry.forms.map((form) => ({ form, id: entry.id })));
    const piece = fc.oneof(
      fc.record({
        form: fc.constantFrom(...formsWithIds),
        variant: fc.constantFrom<(text: string) => string>(
          (text) => text,
          (text) => text.normalize('NFD'),
          (text) => text.replace(/\u093C/gu, ''),
          (text) => text.replace(/-/gu, '\u2011'),
          (text) => text.replace(/ /gu, '\n'),
        ),
      }),
      fc.constantFrom('और', 'पर', 'लेटर', 'कंपनी', 'स्टीम', 'केसों', 'AI', 'सेफ्टीवाला', '4.6'),
    );
    const separator = fc.constantFrom(' ', '  ', '\n', ', ', ' । ', '-', '\u2011', '(', ') ');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 12 }), (parts) => {
        let text = '';
        const expected: LinkedTerm[] = [];
        for (const [part, sep] of parts) {
          if (typeof part === 'string') {
            text += part;
          } else {
            const written = part.variant(part.form.form);
            expected.push({ start: text.length, end: text.length + written.length, entryId: part.form.id, decidedBy: 'only' });
            text += written;
          }
          text += sep;
        }
        const matches = linker.linkTerms(text);
        expect(matches).toEqual(expected);
        for (let i = 1; i < matches.length; i += 1) {
          expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
        }
      }),
    );
  });

  it('throws when two entries share a form and neither, or both, is its default', () => {
    expect(() => createGlossaryLinker([makeEntry('phone', ['\u095Eोन']), makeEntry('fon', ['फोन'])])).toThrow(
      /is shared by "phone", "fon"; one of them must list it in defaultFor/u,
    );
    expect(() =>
      createGlossaryLinker([
        makeEntry('a', ['ई-मेल'], ['email'], 'a', ['ई-मेल']),
        makeEntry('b', ['ई\u2011मेल'], ['mail'], 'b', ['ई\u2011मेल']),
      ]),
    ).toThrow(/default of both "a" and "b"/u);
    expect(() => createGlossaryLinker([makeEntry('a', ['ई-मेल'], ['email'], 'a', ['मेल'])])).toThrow(
      /"a".*"मेल".*not one of its forms/u,
    );
  });

  it('accepts the same form twice within one entry, and different forms across entries', () => {
    expect(() =>
      createGlossaryLinker([makeEntry('phone', ['\u095Eोन', 'फोन']), makeEntry('fans', ['फैन'])]),
    ).not.toThrow();
  });

  it('accepts validated glossary entries', () => {
    const data = glossaryEntrySchema.parse({
      headword: 'सेफगार्ड',
      forms: ['सेफगार्ड', 'सेफगार्ड्स'],
      romanization: 'sefgārḍ',
      origin: 'en',
      source: 'safeguard',
      english: ['safeguard'],
      pos: 'noun',
      gender: 'm',
      meaning: 'A protection against harm.',
    });
    const entry: GlossaryEntry = { ...data, id: 'safeguard' };
    const fromSchema = createGlossaryLinker([entry]);
    expect(fromSchema.linkTerms('सेफगार्ड्स टीम')).toEqual([
      { start: 0, end: 10, entryId: 'safeguard', decidedBy: 'only' },
    ]);
    expect(fromSchema.linkSourceWords('Safeguard heads', ['safeguard'])).toEqual([
      { start: 0, end: 9, entryId: 'safeguard' },
    ]);
  });
});

describe('linkTerms with a form two entries share', () => {
  const homographs = createGlossaryLinker([
    makeEntry('baar', ['बार', 'बार-बार'], ['time', 'times', 'repeatedly'], 'bār', ['बार']),
    makeEntry('bar', ['बार', 'बारों'], ['bar', 'bars', 'pub'], 'bar'),
    makeEntry('church', ['चर्च'], ['church', 'churches']),
  ]);

  function decide(text: string, context?: LinkContext): Array<[string, string, string]> {
    return homographs.linkTerms(text, context).map((term) => [text.slice(term.start, term.end), term.entryId, term.decidedBy]);
  }

  it('follows the partner English, by whole words in any case', () => {
    const text = 'हर नुक्कड़ पर बार और चर्च';
    expect(decide(text, { english: 'There was a BAR and a church on every corner.' })).toEqual([
      ['बार', 'bar', 'english'],
      ['चर्च', 'church', 'only'],
    ]);
    expect(decide('पहली बार', { english: 'For the first time.' })).toEqual([['बार', 'baar', 'english']]);
    expect(decide('पहली बार', { english: 'Bartenders, timetables and crowbars.' })).toEqual([['बार', 'baar', 'default']]);
  });

  it('takes a pin whose phrase holds the occurrence where the English names none or both', () => {
    const text = 'कई बार वे बार गए';
    const pins = [{ phrase: 'वे बार गए', entry: 'bar' }];
    expect(decide(text, { english: 'Often they went out.', pins })).toEqual([
      ['बार', 'baar', 'default'],
      ['बार', 'bar', 'sense'],
    ]);
    expect(decide(text, { english: 'Many times they went to the bar.', pins })).toEqual([
      ['बार', 'baar', 'default'],
      ['बार', 'bar', 'sense'],
    ]);
  });

  it('lets the English decide before a pin, and ignores a pin for an entry that does not own the form', () => {
    const text = 'वे बार गए';
    expect(decide(text, { english: 'They went to the bar.', pins: [{ phrase: 'बार', entry: 'baar' }] })).toEqual([
      ['बार', 'bar', 'english'],
    ]);
    expect(decide(text, { pins: [{ phrase: 'बार', entry: 'church' }] })).toEqual([['बार', 'baar', 'default']]);
  });

  it('falls back to the default without a context, and never chooses for a form one entry owns', () => {
    expect(decide('बार, बार-बार, बारों')).toEqual([
      ['बार', 'baar', 'default'],
      ['बार-बार', 'baar', 'only'],
      ['बारों', 'bar', 'only'],
    ]);
  });

  it('lists the shared forms with their entries and default', () => {
    expect(homographs.sharedForms).toEqual([{ form: 'बार', entryIds: ['baar', 'bar'], defaultEntryId: 'baar' }]);
    expect(linker.sharedForms).toEqual([]);
  });

  it('compares forms as the linker matches them', () => {
    expect(describeForm('फ़ोन')).toBe(describeForm('फोन'));
    expect(describeForm('ई-मेल')).toBe(describeForm('ई\u2011मेल'));
    expect(describeForm('ई-मेल')).not.toBe(describeForm('ई मेल'));
  });
});

describe('linkSourceWords', () => {
  function linkEnglish(text: string, ids: string[]): Array<[string, string]> {
    return describeMatches(text, linker.linkSourceWords(text, ids));
  }

  it('matches case-insensitively, as whole words', () => {
    expect(
      linkEnglish('SAFEGUARDS, Safeguard and safeguards; not unsafeguardsx or safeguarded', ['safeguard']),
    ).toEqual([
      ['SAFEGUARDS', 'safeguard'],
      ['Safeguard', 'safeguard'],
      ['safeguards', 'safeguard'],
    ]);
  });

  it('treats possessives and hyphens as word boundaries', () => {
    expect(linkEnglish("the team's work on AI-safety", ['team', 'safety'])).toEqual([
      ['team', 'team'],
      ['safety', 'safety'],
    ]);
  });

  it('prefers the longest phrase, across any whitespace', () => {
    const text = "the head of Anthropic's Safeguards Research Team; head of  safeguards\nresearch";
    expect(linkEnglish(text, ['head-of-safeguards-research', 'safeguard', 'team', 'head'])).toEqual([
      ['head', 'head'],
      ['Safeguards', 'safeguard'],
      ['Team', 'team'],
      ['head of  safeguards\nresearch', 'head-of-safeguards-research'],
    ]);
  });

  it('links only the given entries', () => {
    expect(linkEnglish('social media team', ['team'])).toEqual([['team', 'team']]);
    expect(linkEnglish('social media team', ['media', 'social-media'])).toEqual([
      ['social media', 'social-media'],
    ]);
  });

  it('falls back to the source word when there are no English words', () => {
    expect(linkEnglish('A philosophical farewell. Philosophically', ['philosophical'])).toEqual([
      ['philosophical', 'philosophical'],
    ]);
  });

  it('matches whole words only: "IT" never lights inside "ITS", "bit" or "itself"', () => {
    expect(linkEnglish('ITS bit of itself; IT, unlike Its', ['it'])).toEqual([['IT', 'it']]);
    expect(linkEnglish('the safeguards team; no teamwork, no steam', ['team', 'safeguard'])).toEqual([
      ['safeguards', 'safeguard'],
      ['team', 'team'],
    ]);
  });

  it('matches an acronym only in capitals, with its possessive and a listed plural', () => {
    expect(linkEnglish('it is IT, and it’s IT’s budget; It and iT are not', ['it'])).toEqual([
      ['IT', 'it'],
      ['IT', 'it'],
    ]);
    expect(linkEnglish('a TV, two TVs, tvs, the tv', ['tv'])).toEqual([
      ['TV', 'tv'],
      ['TVs', 'tv'],
      ['tvs', 'tv'],
    ]);
  });

  it('keeps plurals and possessives working as listed words', () => {
    expect(linkEnglish("The Team's safeguards and SAFETY's sake", ['team', 'safeguard', 'safety'])).toEqual([
      ['Team', 'team'],
      ['safeguards', 'safeguard'],
      ['SAFETY', 'safety'],
    ]);
  });

  it('throws for an unknown entry id', () => {
    expect(() => linker.linkSourceWords('text', ['missing'])).toThrow(/"missing"/u);
  });
});

describe('splitAtMatches', () => {
  it('cuts the text into segments that concatenate back to it', () => {
    const textAndMatches = fc
      .string({ unit: 'binary', maxLength: 40 })
      .chain((text) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 })
          .map((cuts) => {
            const sorted = [...cuts].sort((a, b) => a - b);
            const matches: TermMatch[] = [];
            for (let i = 0; i + 1 < sorted.length; i += 2) {
              matches.push({ start: sorted[i] ?? 0, end: sorted[i + 1] ?? 0, entryId: `e${i}` });
            }
            return { text, matches };
          }),
      );
    fc.assert(
      fc.property(textAndMatches, ({ text, matches }) => {
        const segments = splitAtMatches(text, matches);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
        const linked = segments.filter((segment) => segment.entryId !== undefined);
        expect(linked.map((segment) => segment.entryId)).toEqual(matches.map((match) => match.entryId));
        expect(linked.map((segment) => segment.text)).toEqual(
          matches.map((match) => text.slice(match.start, match.end)),
        );
      }),
    );
  });

  it('renders linked Hindi text', () => {
    const text = 'सोशल मीडिया पर सेफ्टी';
    expect(splitAtMatches(text, linker.linkTerms(text))).toEqual([
      { text: 'सोशल मीडिया', entryId: 'social-media' },
      { text: ' पर ' },
      { text: 'सेफ्टी', entryId: 'safety' },
    ]);
  });

  it('rejects overlapping or out-of-range matches', () => {
    expect(() =>
      splitAtMatches('abcdef', [
        { start: 0, end: 3, entryId: 'a' },
        { start: 2, end: 4, entryId: 'b' },
      ]),
    ).toThrow();
    expect(() => splitAtMatches('abc', [{ start: 1, end: 5, entryId: 'a' }])).toThrow();
  });
});
