import { describe, expect, it } from 'vitest';
import {
  applyStoredRevealMode,
  hidePairs,
  parseStoredReveals,
  revealPairs,
  revealStorageKey,
  serializeStoredReveals,
  shownPairs,
  unhidePairs,
} from '@/lib/reveal';

describe('reveals kept in the browser', () => {
  it('keys each passage by its source and reference', () => {
    expect(revealStorageKey({ source: 'library', ref: 'ntrex-peppa-pig' })).toBe('sahpath:reveals:library:ntrex-peppa-pig');
    expect(revealStorageKey({ source: 'teacher', ref: 'ntrex-peppa-pig' })).not.toBe(revealStorageKey({ source: 'library', ref: 'ntrex-peppa-pig' }));
  });

  it('reads back what it wrote, sorted and without repeats', () => {
    const written = serializeStoredReveals({ revealed: [9, 3, 3, 0], hidden: [9] });
    expect(parseStoredReveals(written)).toEqual({ revealed: [0, 3, 9], hidden: [9] });
  });

  it('starts empty on nothing stored, broken JSON or values that are not pair keys', () => {
    expect(parseStoredReveals(null)).toEqual({ revealed: [], hidden: [] });
    expect(parseStoredReveals('{"revealed":[1,')).toEqual({ revealed: [], hidden: [] });
    expect(parseStoredReveals('[1,2]')).toEqual({ revealed: [], hidden: [] });
    expect(parseStoredReveals('{"revealed":[1,-2,2.5,"3",4],"hidden":"all"}')).toEqual({ revealed: [1, 4], hidden: [] });
  });

  it('hiding again keeps the history; revealing again takes the pair off the hidden list', () => {
    const revealed = revealPairs({ revealed: [], hidden: [] }, [4, 2]);
    const hidden = hidePairs(revealed, [2, 4]);
    expect(hidden.revealed).toEqual([2, 4]);
    expect([...shownPairs(hidden)]).toEqual([]);
    const again = revealPairs(hidden, [4]);
    expect(again).toEqual({ revealed: [2, 4], hidden: [2] });
    expect([...shownPairs(again)]).toEqual([4]);
  });

  it('shows what the account recorded elsewhere unless this browser hid it', () => {
    const local = hidePairs({ revealed: [1], hidden: [] }, [5]);
    expect([...shownPairs(local, [5, 7])].sort((a, b) => a - b)).toEqual([1, 7]);
    const unhidden = unhidePairs(local, [5]);
    expect(unhidden.revealed).toEqual([1]);
    expect([...shownPairs(unhidden, [5, 7])].sort((a, b) => a - b)).toEqual([1, 5, 7]);
  });

  it('sets the mode before paint only when it was turned on', () => {
    const run = (stored: string | null) => {
      const attributes = new Map<string, string>();
      const scope = {
        localStorage: { getItem: () => stored },
        document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
      };
      new Function('localStorage', 'document', applyStoredRevealMode)(scope.localStorage, scope.document);
      return attributes.has('data-reveal-mode');
    };
    expect(run('on')).toBe(true);
    expect(run(null)).toBe(false);
    expect(run('off')).toBe(false);
  });
});
