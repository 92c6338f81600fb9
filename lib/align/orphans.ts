import { findFirstAtLeast, listPostings, type DocumentEvidence } from './features';

/** Prefix sums over each side's sentences of the numbers that the other side lacks nearby. */
export interface OrphanNumbers {
  hi: Float64Array;
  en: Float64Array;
}

/**
 * How many numbers written in digits each sentence holds that the other side shows nowhere (in
 * digits or in words) within `radius` sentences of where its translation is expected. A
 * translation keeps its numbers, so a sentence with such a number is likely a line that the
 * other side lacks rather than half of a link.
 */
export function countOrphanNumbers(
  evidence: DocumentEvidence,
  expectedEnglish: (hiSentence: number) => number,
  radius: number,
): OrphanNumbers {
  const typeCount = evidence.names.length;
  const hiCount = evidence.hiDirect.length;
  return {
    hi: countAbsent(
      evidence.hiDigitNumbers,
      listPostings(evidence.enTypes, typeCount),
      expectedEnglish,
      radius,
      evidence.hiUnknownNumbers,
    ),
    en: countAbsent(
      evidence.enDigitNumbers,
      listPostings(evidence.hiDirect, typeCount),
      invertPath(expectedEnglish, hiCount),
      radius,
    ),
  };
}

/** Prefix sums of the numbers the other side lacks nearby, plus any it lacks altogether. */
function countAbsent(
  numbers: readonly Int32Array[],
  otherSide: readonly Int32Array[],
  expected: (sentence: number) => number,
  radius: number,
  lackedAltogether?: Int32Array,
): Float64Array {
  const sums = new Float64Array(numbers.length + 1);
  numbers.forEach((types, sentence) => {
    let absent = lackedAltogether?.[sentence] ?? 0;
    if (types.length > 0) {
      const centre = expected(sentence);
      for (const type of types) {
        const postings = otherSide[type] as Int32Array;
        const first = findFirstAtLeast(postings, centre - radius);
        if (first >= postings.length || (postings[first] as number) > centre + radius) absent += 1;
      }
    }
    sums[sentence + 1] = (sums[sentence] as number) + absent;
  });
  return sums;
}

/** Where the Hindi side is expected for an English position, by bisecting the rising path. */
function invertPath(path: (hiSentence: number) => number, rows: number): (enSentence: number) => number {
  return (target) => {
    let low = -0.5;
    let high = rows - 0.5;
    for (let step = 0; step < 30; step += 1) {
      const middle = (low + high) / 2;
      if (path(middle) < target) low = middle;
      else high = middle;
    }
    return (low + high) / 2;
  };
}
