import type { GlossaryEntry } from '@/lib/glossary';
import { proposeImport, type ImportTexts, type ProposalResult } from './propose';

/** What the pool hands a worker thread: everything proposeImport reads, so the worker opens no files of its own. */
export type ProposeTask = { texts: ImportTexts; glossary: readonly GlossaryEntry[] };

// The entry of the worker threads that align and detect loanwords (bundled by scripts/build-workers.ts).
export default function runProposeTask(task: ProposeTask): ProposalResult {
  return proposeImport(task.texts, task.glossary);
}
