import { describe, expect, it } from 'vitest';
import { buildIdRuns, createRunMarker, findRun, MAX_RUN } from '@/lib/align/runs';

function idsOf(runs: ReturnType<typeof buildIdRuns>, from: number, to: number): number[] {
  const run = findRun(from, to);
  return Array.from(runs.ids.subarray(runs.starts[run] as number, runs.starts[run + 1] as number));
}

describe('runs of sentences', () => {
  const sentences = [Int32Array.of(0, 1), Int32Array.of(1, 2), Int32Array.of(), Int32Array.of(2, 3)];
  const weights = Float64Array.of(1, 10, 100, 1000);
  const runs = buildIdRuns(sentences, weights.length, weights);

  it('holds each id of a run once, in the order the sentences first show it', () => {
    expect(idsOf(runs, 0, 1)).toEqual([0, 1]);
    expect(idsOf(runs, 0, 2)).toEqual([0, 1, 2]);
    expect(idsOf(runs, 0, 3)).toEqual([0, 1, 2]);
    expect(idsOf(runs, 1, 4)).toEqual([1, 2, 3]);
    expect(idsOf(runs, 2, 3)).toEqual([]);
  });

  it('sums the weights of the distinct ids', () => {
    expect(runs.sums[findRun(0, 2)]).toBe(111);
    expect(runs.sums[findRun(1, 4)]).toBe(1110);
    expect(runs.sums[findRun(2, 3)]).toBe(0);
  });

  it('refuses runs the aligner never asks for', () => {
    expect(() => findRun(0, 0)).toThrow(/1 to 3 sentences/);
    expect(() => findRun(0, MAX_RUN + 1)).toThrow(/1 to 3 sentences/);
  });

  it('marks exactly the ids of the run asked for last, whichever runs came before', () => {
    const mark = createRunMarker(runs, weights.length);
    const markedIds = (from: number, to: number): number[] => {
      const run = findRun(from, to);
      const marks = mark(run);
      return [0, 1, 2, 3].filter((id) => marks[id] === run + 1);
    };
    expect(markedIds(0, 2)).toEqual([0, 1, 2]);
    expect(markedIds(1, 2)).toEqual([1, 2]);
    expect(markedIds(3, 4)).toEqual([2, 3]);
    expect(markedIds(0, 1)).toEqual([0, 1]);
    expect(markedIds(0, 2)).toEqual([0, 1, 2]);
    expect(markedIds(1, 3)).toEqual([1, 2]);
    expect(markedIds(2, 3)).toEqual([]);
  });
});
