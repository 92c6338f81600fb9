/** The aligner's links join at most this many sentences on one side (3-1, 1-3). */
export const MAX_RUN = 3;

/**
 * The distinct ids (word-list concepts, shared features) of every run of one to MAX_RUN
 * consecutive sentences of one side, with the sum of a weight over them. The search scores
 * thousands of links over each run, so each run's ids are merged once per document.
 */
export interface IdRuns {
  /** Run r holds ids[starts[r]] … ids[starts[r + 1] − 1]; see `findRun` for r. */
  ids: Int32Array;
  starts: Int32Array;
  /** Sum of the weights of each run's distinct ids. */
  sums: Float64Array;
}

/** Index of the run of sentences [from, to), 1 ≤ to − from ≤ MAX_RUN. */
export function findRun(from: number, to: number): number {
  if (to - from < 1 || to - from > MAX_RUN) {
    throw new Error(`a run holds 1 to ${MAX_RUN} sentences, not ${to - from}`);
  }
  return from * MAX_RUN + to - from - 1;
}

/** The runs of `sentences`, each sentence a list of distinct ids below `idCount`. */
export function buildIdRuns(sentences: readonly Int32Array[], idCount: number, weights: Float64Array): IdRuns {
  let capacity = 0;
  for (let first = 0; first < sentences.length; first += 1) {
    for (let length = 1; length <= MAX_RUN; length += 1) {
      for (let offset = 0; offset < length; offset += 1) capacity += sentences[first + offset]?.length ?? 0;
    }
  }
  const ids = new Int32Array(capacity);
  const starts = new Int32Array(sentences.length * MAX_RUN + 1);
  const sums = new Float64Array(sentences.length * MAX_RUN);
  const seen = new Int32Array(idCount);
  let size = 0;
  for (let first = 0; first < sentences.length; first += 1) {
    let sum = 0;
    for (let length = 1; length <= MAX_RUN; length += 1) {
      const run = first * MAX_RUN + length - 1;
      // A run holds the run one shorter, then whatever its last sentence adds.
      if (length > 1) {
        const previousEnd = starts[run] as number;
        for (let index = starts[run - 1] as number; index < previousEnd; index += 1) {
          ids[size] = ids[index] as number;
          size += 1;
        }
      }
      const sentence = sentences[first + length - 1];
      for (let index = 0; sentence !== undefined && index < sentence.length; index += 1) {
        const id = sentence[index] as number;
        if (seen[id] === first + 1) continue;
        seen[id] = first + 1;
        ids[size] = id;
        size += 1;
        sum += weights[id] as number;
      }
      sums[run] = sum;
      starts[run + 1] = size;
    }
  }
  return { ids, starts, sums };
}

/**
 * Marks the ids of one run at a time, with one mark array per run length: after `mark(run)`,
 * `marks[id] === run + 1` for the run's ids in the array it returns. The search asks for the same
 * few runs over and over (a row's links all end at one Hindi sentence, a cell's at one English
 * one), so a run that its length's array already holds is not marked again.
 */
export function createRunMarker(runs: IdRuns, idCount: number): (run: number) => Int32Array {
  const marksByLength = Array.from({ length: MAX_RUN }, () => new Int32Array(idCount));
  const markedRun = new Int32Array(MAX_RUN).fill(-1);
  return (run) => {
    const lengthIndex = run % MAX_RUN;
    const marks = marksByLength[lengthIndex] as Int32Array;
    if (markedRun[lengthIndex] === run) return marks;
    markedRun[lengthIndex] = run;
    const end = runs.starts[run + 1] as number;
    for (let index = runs.starts[run] as number; index < end; index += 1) marks[runs.ids[index] as number] = run + 1;
    return marks;
  };
}
