import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkPassageTerms, listPassageSlugs, loadGlossary, loadPassage } from '@/lib/content';
import { SEED_ARTICLE_FILE } from '@/lib/datasets';
import { createGlossaryLinker } from '@/lib/glossary';
import { segmentWords, toMatchKey } from '@/lib/text';



describe('the glossary against the seed passage', async () => {
  const glossary = await loadGlossary();
  const linker = createGlossaryLinker(glossary);
  const passage = await loadPassage('anthropic-safeguards-head-resigns');
  const hindiSentences = (passage?.hi.sentences ?? []).filter((sentence) => sentence.lang === 'hi');

  it('finds every form of every entry, alone and inside a sentence, beside its English', () => {
    for (const entry of glossary) {
      // The entry's own English decides a form it shares with another entry.
      const context = { english: entry.english.join(', ') };
      for (const form of entry.forms) {
        const alone = linker.linkTerms(form, context);
        expect(alone, `${entry.id}: ${form}`).toMatchObject([{ start: 0, end: form.length, entryId: entry.id }]);
        const sentence = `कल ${form} के बारे में बात हुई.`;
        const inSentence = linker.linkTerms(sentence, context);
        expect(inSentence, `${entry.id}: ${form} in a sentence`).toContainEqual(
          expect.objectContaining({ start: 3, end: 3 + form.length, entryId: entry.id }),
        );
      }
    }
  });

  it('links every reviewed English-origin entry somewhere in the library, alone or inside a longer term', async () => {
    const passages = await Promise.all((await listPassageSlugs()).map((slug) => loadPassage(slug)));
    const libraryHindi = passages.flatMap((libraryPassage) => libraryPassage?.hi.sentences ?? []).filter((sentence) => sentence.lang === 'hi');
    expect(libraryHindi.length).toBeGreaterThan(hindiSentences.length);
    const linkedIds = new Set(
      passages.flatMap((libraryPassage) =>
        libraryPassage ? linkPassageTerms(libraryPassage, linker).flat().map((term) => term.entryId) : [],
      ),
    );
    const wordsOfLinkedPhrases = new Set(
      glossary
        .filter((entry) => linkedIds.has(entry.id))
        .flatMap((entry) => entry.forms.filter((form) => /\s/.test(form)).flatMap((form) => form.split(/\s+/)))
        .map(toMatchKey),
    );
    const unlinked = glossary.filter(
      (entry) =>
        entry.origin === 'en' &&
        entry.reviewed &&
        !linkedIds.has(entry.id) &&
        !entry.forms.some((form) => wordsOfLinkedPhrases.has(toMatchKey(form))),
    );
    expect(unlinked.map((entry) => entry.id)).toEqual([]);
  });

  it('covers the English loanwords the issue names, and about seventy more', () => {
    const english = glossary.filter((entry) => entry.origin === 'en' && entry.reviewed);
    expect(english.length).toBeGreaterThanOrEqual(75);
    const forms = new Set(english.flatMap((entry) => entry.forms.map(toMatchKey)));
    for (const word of ['सेफगार्ड', 'प्लेटफॉर्म', 'स्टार्टअप', 'रिसर्चर', 'वैल्यूएशन', 'शेयरों', 'केसों', 'सेफगार्ड्स', 'कंपनियों']) {
      expect(forms, word).toContain(toMatchKey(word));
    }
  });

  it('links every word of the seed article that some entry lists as a form', () => {
    const formKeys = new Set(glossary.flatMap((entry) => entry.forms.filter((f) => !/\s/.test(f)).map(toMatchKey)));
    const seed = readFileSync(SEED_ARTICLE_FILE, 'utf8');
    for (const sentence of hindiSentences) {
      const linkedStarts = new Set(linker.linkTerms(sentence.text).flatMap((m) => {
        const covered: number[] = [];
        for (const token of segmentWords(sentence.text.slice(m.start, m.end), 'hi')) covered.push(m.start + token.start);
        return covered;
      }));
      for (const token of segmentWords(sentence.text, 'hi')) {
        if (token.isWord && formKeys.has(toMatchKey(token.text))) {
          expect(linkedStarts.has(token.start), `${token.text} in "${sentence.text}"`).toBe(true);
        }
      }
      expect(seed).toContain(sentence.text);
    }
  });
});
