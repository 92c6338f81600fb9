import { describe, expect, it } from 'vitest';
import { checkContent, reviewContent } from '@/lib/content';
import { romanizationsAgree } from '@/lib/content/romanization-check';
import { writeValidContent } from './content-fixture';

/** The fixture's सेफ्टी entry with another written romanisation. */
function safetyWritten(romanization: string): Record<string, string> {
  return {
    'glossary/safety.yaml': [
      'headword: सेफ्टी',
      'forms: [सेफ्टी]',
      `romanization: ${romanization}`,
      'origin: en',
      'source: safety',
      'pos: noun',
      'gender: f',
      'meaning: Being safe from harm.',
      'english: [safety]',
      '',
    ].join('\n'),
  };
}

describe('romanizationsAgree', () => {
  it.each([
    ['Sefṭī', 'sephṭī', 'case, and f for an undotted फ in a loanword'],
    ['seph-ṭī', 'sephṭī', 'a hyphen'],
    ['heḍ ôf', 'heḍôph', 'a space'],
    ['senṭar', 'seṇṭar', 'n for the anusvara before ṭ'],
    ['ejensī', 'ejeṁsī', 'n for ṁ'],
    ['bāzār', 'bājār', 'z for an undotted ज'],
    ['ḳhilāf', 'khilāph', 'ḳh for an undotted ख'],
  ])('takes %s for %s (%s)', (written, computed) => {
    expect(romanizationsAgree(written, computed)).toBe(true);
  });

  it.each([
    ['kamarā', 'kamrā', 'a schwa said or not'],
    ['sefti', 'sephṭī', 'another letter'],
    ['seph', 'sef', 'ph for an f the module reads off a dotted फ़'],
    ['kampanī', 'kampnī', 'a schwa'],
  ])('does not take %s for %s (%s)', (written, computed) => {
    expect(romanizationsAgree(written, computed)).toBe(false);
  });
});

describe('content:check on written romanisations', () => {
  it('warns of an entry whose written romanisation the module does not say, with the id, both spellings and the line', async () => {
    const contentDir = writeValidContent(safetyWritten('saifaṭī'));
    const { problems, warnings } = await reviewContent(contentDir);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: 'content/glossary/safety.yaml',
        line: 3,
        message: expect.stringMatching(/^romanization: "safety" is written "saifaṭī", the romanisation module says "sephṭī"/),
      },
    ]);
    // A warning, not a problem: the content stays valid.
    expect(await checkContent(contentDir)).toEqual([]);
  });

  it('does not warn where the written romanisation differs only by convention', async () => {
    const { warnings } = await reviewContent(writeValidContent(safetyWritten('Sef-ṭī')));
    expect(warnings).toEqual([]);
  });
});
