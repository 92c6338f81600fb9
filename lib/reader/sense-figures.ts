import { linkPassageTerms, type Passage } from '@/lib/content';
import { describeForm, type GlossaryLinker, type SenseDecision } from '@/lib/glossary';

export type SenseTally = Record<SenseDecision, number>;

export interface SharedFormFigures {
  form: string;
  defaultEntryId: string;
  /** Each entry sharing the form, in glossary order, with how often and how it was chosen. */
  entries: Array<{ entryId: string; tally: SenseTally }>;
  total: SenseTally;
}

export interface SenseFigures {
  passageCount: number;
  /** Every linked term of every passage, by how its entry was chosen. */
  total: SenseTally;
  sharedForms: SharedFormFigures[];
}

function createTally(): SenseTally {
  return { only: 0, english: 0, sense: 0, default: 0 };
}

/** How each linked term across the passages had its entry chosen, overall and per shared form. */
export function countSenseDecisions(passages: readonly Passage[], linker: GlossaryLinker): SenseFigures {
  const total = createTally();
  const byForm = new Map<string, SharedFormFigures>(
    linker.sharedForms.map((shared) => [
      describeForm(shared.form),
      {
        form: shared.form,
        defaultEntryId: shared.defaultEntryId,
        entries: shared.entryIds.map((entryId) => ({ entryId, tally: createTally() })),
        total: createTally(),
      },
    ]),
  );
  for (const passage of passages) {
    for (const [index, terms] of linkPassageTerms(passage, linker).entries()) {
      const text = passage.hi.sentences[index]?.text ?? '';
      for (const term of terms) {
        total[term.decidedBy] += 1;
        if (term.decidedBy === 'only') continue;
        const figures = byForm.get(describeForm(text.slice(term.start, term.end)));
        if (figures === undefined) continue;
        figures.total[term.decidedBy] += 1;
        const entry = figures.entries.find((candidate) => candidate.entryId === term.entryId);
        if (entry) entry.tally[term.decidedBy] += 1;
      }
    }
  }
  return { passageCount: passages.length, total, sharedForms: [...byForm.values()] };
}
