import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { describeSaveIssue, describeSaveRefusal, describeTextProblem } from '@/app/[lng]/import/describe-errors';
import { getT } from '@/lib/i18n/server';
import { checkImportTexts, maxTextLength } from '@/lib/importer';

// The messages are worded on the server; outside Next, the server-only guard has nothing to guard.
vi.mock('server-only', () => ({}));

const en = getT('en', 'import');
const hi = getT('hi', 'import');

/** A request shaped like the save request, its fields limited the way the save schema limits them. */
const limitedRequest = z.object({
  title: z.object({ hi: z.string().trim().min(1, 'titles').max(20, 'too-long'), en: z.string().trim().min(1, 'titles') }),
  source: z.string().trim().min(1).max(10),
  entries: z.array(z.object({ headword: z.string(), meaning: z.string().trim().min(1) })).max(1, 'too-many'),
});

type Refusal = Parameters<typeof describeSaveRefusal>[1];

function describeAll(lng: 'en' | 'hi', input: unknown): string[] {
  const parsed = limitedRequest.safeParse(input);
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => describeSaveIssue(lng === 'en' ? en : hi, lng, issue, input)))];
}

describe('the import’s messages', () => {
  it('words each text problem from its code, in both languages, both sides at once', () => {
    const problems = checkImportTexts({ hi: 'An English text with one नीति in it.', en: '' });
    expect(problems.map((problem) => describeTextProblem(en, 'en', problem, maxTextLength))).toEqual([
      'The Hindi text is mostly not in Devanagari. Is it the right text?',
      'The English text is empty.',
    ]);
    const tooLong = checkImportTexts({ hi: 'क'.repeat(maxTextLength + 1), en: 'Fine.' });
    expect(tooLong.map((problem) => describeTextProblem(hi, 'hi', problem, maxTextLength))).toEqual([
      'हिन्दी पाठ बहुत लंबा है: सीमा 1,00,000 अक्षरों की है।',
    ]);
  });

  it('says which field is missing or too long, and by how much', () => {
    const input = {
      title: { hi: 'बहुत लंबा शीर्षक जो सीमा से आगे जाता है', en: ' ' },
      source: 'a source that is far too long',
      entries: [{ headword: 'बैटरी', meaning: '' }],
    };
    expect(describeAll('en', input)).toEqual([
      'Title in Hindi is too long (at most 20 characters).',
      'Titles missing: give the passage a title in Hindi and in English.',
      'Source is too long (at most 10 characters).',
      'Glossary entry “बैटरी”: Meaning here is missing.',
    ]);
    const twoEntries = [
      { headword: 'बैटरी', meaning: 'a cell that stores power' },
      { headword: 'फोन', meaning: 'a telephone' },
    ];
    expect(describeAll('en', { ...input, entries: twoEntries })).toContain('Proposed glossary entries: too many (at most 1).');
    expect(describeAll('hi', input)).toContain('शब्दकोश प्रविष्टि “बैटरी”: यहाँ अर्थ भरना ज़रूरी है।');
  });

  it('words a refusal from its reason, and one it has no words for as a failure', () => {
    // A reason the content folder may give one day, beside the ones it gives now.
    const refusal = (reason: string, entryId?: string) =>
      ({ ok: false, reason, problems: [{ file: 'content/passages/x', line: 0, message: 'in English' }], entryId }) as Refusal;
    expect(describeSaveRefusal(en, refusal('entry-taken', 'battery'))).toEqual(['A glossary entry called battery already exists.']);
    expect(describeSaveRefusal(hi, refusal('slug-taken'))).toEqual(['इस पते पर पहले से एक पाठ है। कोई दूसरा पता चुनें।']);
    expect(describeSaveRefusal(en, refusal('invalid'))).toEqual([
      'The passage did not pass the content check: content/passages/x: in English',
    ]);
    expect(describeSaveRefusal(en, refusal('a-reason-without-words'))).toEqual([
      'Something went wrong on the server; nothing was saved. Please try again.',
    ]);
  });
});
