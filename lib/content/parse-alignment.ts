import { describeSentenceCount, quoteStart, splitLines } from './parse-text';
import type { AlignmentLink, ContentProblem, PassageSide, TextLang } from './types';

const sidePattern = /^(?:-|\d+(?:,\d+)*)$/;

const langNames: Record<TextLang, string> = { hi: 'Hindi', en: 'English' };

function parseSide(field: string): number[] {
  return field === '-' ? [] : field.split(',').map(Number);
}

type SideTracker = (numbers: number[], line: number) => string[];

/** Follows one side of the links in order: reports reuse and backward steps. */
function createSideTracker(lang: TextLang): SideTracker {
  const usedOn = new Map<number, number>();
  let highest = -1;
  return (numbers, line) => {
    const messages: string[] = [];
    let backwards: { number: number; after: number } | null = null;
    for (const number of numbers) {
      const earlier = usedOn.get(number);
      if (earlier !== undefined) {
        messages.push(
          earlier === line
            ? `${langNames[lang]} sentence ${number} appears twice in this link`
            : `${langNames[lang]} sentence ${number} is already in the link on line ${earlier}: a sentence belongs to exactly one link`,
        );
        continue;
      }
      if (number <= highest && backwards === null) backwards = { number, after: highest };
      usedOn.set(number, line);
      highest = Math.max(highest, number);
    }
    if (backwards !== null) {
      messages.push(
        `this link goes backwards: ${langNames[lang]} sentence ${backwards.number} comes after sentence ${backwards.after}; links follow text order`,
      );
    }
    return messages;
  };
}

/**
 * Parses alignment.tsv: one link per line, Hindi numbers, a tab, English numbers. Checks what
 * needs no text: syntax, empty links, sentences used twice and links that go backwards.
 */
export function parseAlignment(
  source: string,
  file: string,
): { links: AlignmentLink[]; problems: ContentProblem[] } {
  const links: AlignmentLink[] = [];
  const problems: ContentProblem[] = [];
  const trackHi = createSideTracker('hi');
  const trackEn = createSideTracker('en');

  for (const [position, raw] of splitLines(source).entries()) {
    const line = position + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const fields = raw.split('\t').map((field) => field.trim());
    const [hiField, enField] = fields;
    if (
      fields.length !== 2 ||
      hiField === undefined ||
      enField === undefined ||
      !sidePattern.test(hiField) ||
      !sidePattern.test(enField)
    ) {
      problems.push({
        file,
        line,
        message: `malformed link ${JSON.stringify(raw)}: expected Hindi sentence numbers, a tab, English sentence numbers (numbers comma-separated, or "-")`,
      });
      continue;
    }
    const hi = parseSide(hiField);
    const en = parseSide(enField);
    if (hi.length === 0 && en.length === 0) {
      problems.push({ file, line, message: 'a link with "-" on both sides links nothing' });
      continue;
    }
    for (const message of [...trackHi(hi, line), ...trackEn(en, line)]) {
      problems.push({ file, line, message });
    }
    links.push({ id: String(links.length + 1), hi, en, line });
  }
  return { links, problems };
}

/**
 * Checks the links against both texts: every number names a sentence, and every sentence is in a
 * link (reported at the sentence's own line, where the fix is usually made).
 */
export function checkAlignmentCoverage(
  links: AlignmentLink[],
  sides: Record<TextLang, PassageSide>,
  files: { alignment: string; hi: string; en: string },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lang of ['hi', 'en'] as const) {
    const { sentences } = sides[lang];
    const linked = new Set<number>();
    for (const link of links) {
      for (const number of link[lang]) {
        linked.add(number);
        if (number >= sentences.length) {
          problems.push({
            file: files.alignment,
            line: link.line,
            message: `${langNames[lang]} sentence ${number} is out of range: ${describeSentenceCount(lang, sentences.length)}`,
          });
        }
      }
    }
    for (const sentence of sentences) {
      if (linked.has(sentence.index)) continue;
      problems.push({
        file: files[lang],
        line: sentence.line,
        message: `a sentence without a partner: ${langNames[lang]} sentence ${sentence.index} ${quoteStart(sentence.text)} is in no link of alignment.tsv`,
      });
    }
  }
  return problems;
}
