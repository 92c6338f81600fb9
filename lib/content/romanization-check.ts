import type { GlossaryEntry } from '@/lib/glossary';
import { romanizeHindi, type SchwaLexicon } from '@/lib/text';

/** An entry whose written romanisation is not what the romanisation module says of its headword. */
export interface RomanizationDisagreement {
  id: string;
  written: string;
  computed: string;
}

/**
 * Letters that Hindi often writes without their nukta: the module reads फ as ph, but in a loanword
 * written फ a reader says f. The written romanisation may give the loan's sound for them.
 */
const UNDOTTED_LOAN_SOUNDS: ReadonlyArray<[string, readonly string[]]> = [
  ['kh', ['x', 'ḳh', 'k͟h']],
  ['ph', ['f']],
  ['k', ['q']],
  ['g', ['ġ']],
  ['j', ['z']],
];

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The same spelling up to conventions that do not change what a reader says: case, hyphens and
 * spaces, and which letter stands for a nasal before a consonant (ISO 15919 lets an anusvara be
 * ṁ or the nasal of the next consonant's place; writers mostly put n: "senṭar" for seṇṭar).
 */
function foldConventions(romanization: string): string {
  return romanization
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-\s\u2010\u2011]/g, '')
    .replace(/m\u0310|[ṁṃṇṅñ]/g, 'n');
}

/** A pattern for the module's romanisation that also takes the loan sound of an undotted letter. */
function patternFor(computed: string): RegExp {
  let pattern = '';
  for (let index = 0; index < computed.length; ) {
    const loan = UNDOTTED_LOAN_SOUNDS.find(([plain]) => computed.startsWith(plain, index));
    if (loan) {
      const [plain, sounds] = loan;
      pattern += `(?:${[plain, ...sounds].map(escapeForPattern).join('|')})`;
      index += plain.length;
    } else {
      pattern += escapeForPattern(computed[index] as string);
      index += 1;
    }
  }
  return new RegExp(`^${pattern}$`, 'u');
}

/** Whether a written romanisation says what the module's does, conventions aside. */
export function romanizationsAgree(written: string, computed: string): boolean {
  return patternFor(foldConventions(computed)).test(foldConventions(written));
}

/** The entries whose written romanisation disagrees with the module's romanisation of the headword. */
export function findRomanizationDisagreements(entries: readonly GlossaryEntry[], lexicon?: SchwaLexicon): RomanizationDisagreement[] {
  return entries.flatMap((entry) => {
    const computed = romanizeHindi(entry.headword, lexicon);
    return romanizationsAgree(entry.romanization, computed) ? [] : [{ id: entry.id, written: entry.romanization, computed }];
  });
}
