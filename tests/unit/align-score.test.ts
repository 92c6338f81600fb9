import { describe, expect, it } from 'vitest';
import { scoreAlignments, type ScoredLink } from '@/lib/align';

function parseLinks(...described: string[]): ScoredLink[] {
  return described.map((text) => {
    const [hi = '', en = ''] = text.split(':');
    const parse = (side: string) => (side === '' ? [] : side.split(',').map(Number));
    return { hi: parse(hi), en: parse(en) };
  });
}

describe('scoreAlignments (vecalign score.py)', () => {
  it('scores a perfect alignment 1 everywhere', () => {
    const gold = parseLinks('0:0', '1:1,2', '2:', '3:3');
    expect(scoreAlignments([{ gold, predicted: gold }])).toEqual({
      precisionStrict: 1,
      recallStrict: 1,
      f1Strict: 1,
      precisionLax: 1,
      recallLax: 1,
      f1Lax: 1,
    });
  });

  it('counts partial overlaps as lax hits only, and predicted deletions against precision', () => {
    const gold = parseLinks('0:0', '1:1,2', '2:', '3:3');
    const predicted = parseLinks('0:0', '1:1', ':2', '2:', '3:3');
    const scores = scoreAlignments([{ gold, predicted }]);
    // Precision over all 5 predicted links: 3 exact; "1:1" overlaps gold "1:1,2"; ":2" overlaps nothing.
    expect(scores.precisionStrict).toBeCloseTo(3 / 5);
    expect(scores.precisionLax).toBeCloseTo(4 / 5);
    // Recall over the 3 gold links with both sides: "1:1,2" is missed strictly, found laxly.
    expect(scores.recallStrict).toBeCloseTo(2 / 3);
    expect(scores.recallLax).toBeCloseTo(1);
    expect(scores.f1Strict).toBeCloseTo((2 * (3 / 5) * (2 / 3)) / (3 / 5 + 2 / 3));
    expect(scores.f1Lax).toBeCloseTo((2 * (4 / 5)) / (4 / 5 + 1));
  });

  it('does not count a missed gold deletion against recall', () => {
    const gold = parseLinks('0:0', '1:', '2:1');
    const predicted = parseLinks('0:0', '1,2:1');
    const scores = scoreAlignments([{ gold, predicted }]);
    expect(scores.recallStrict).toBeCloseTo(1 / 2);
    expect(scores.recallLax).toBeCloseTo(1);
    expect(scores.precisionStrict).toBeCloseTo(1 / 2);
    expect(scores.precisionLax).toBeCloseTo(1);
  });

  it('needs overlap on both sides for a lax hit', () => {
    const gold = parseLinks('0:0', '1:1');
    const predicted = parseLinks('0:1', '1:0');
    expect(scoreAlignments([{ gold, predicted }])).toMatchObject({ precisionStrict: 0, precisionLax: 0, f1Lax: 0 });
  });

  it('sums counts over documents before dividing, and counts a repeated link once', () => {
    const scores = scoreAlignments([
      { gold: parseLinks('0:0', '1:1', '2:2'), predicted: parseLinks('0:0', '1:1', '2:2', '2:2') },
      { gold: parseLinks('0:0'), predicted: parseLinks('0:') },
    ]);
    expect(scores.precisionStrict).toBeCloseTo(3 / 4);
    expect(scores.recallStrict).toBeCloseTo(3 / 4);
  });

  it('scores 0, not NaN, when there is nothing to score', () => {
    expect(scoreAlignments([])).toEqual({
      precisionStrict: 0,
      recallStrict: 0,
      f1Strict: 0,
      precisionLax: 0,
      recallLax: 0,
      f1Lax: 0,
    });
  });
});
