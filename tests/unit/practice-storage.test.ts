import { describe, expect, it } from 'vitest';
import { maxAnswerLength, parseStoredAttempts, parseStoredDirection, practiceStorageKey, withAttempt } from '@/lib/practice';

describe('practice storage', () => {
  it('names a key per passage', () => {
    expect(practiceStorageKey({ source: 'library', ref: 'ntrex-red-tide' })).toBe('sahpath:practice:library:ntrex-red-tide');
    expect(practiceStorageKey({ source: 'teacher', ref: 'abc' })).toBe('sahpath:practice:teacher:abc');
  });

  it('keeps the last answer per pair and direction', () => {
    const first = withAttempt({}, '3', 'hi-en', 'He resigned.');
    const second = withAttempt(first, '3', 'en-hi', 'उन्होंने इस्तीफा दिया।');
    const third = withAttempt(second, '3', 'hi-en', 'He quit.');
    expect(third).toEqual({ '3': { 'hi-en': 'He quit.', 'en-hi': 'उन्होंने इस्तीफा दिया।' } });
    expect(first).toEqual({ '3': { 'hi-en': 'He resigned.' } });
  });

  it('reads back what it wrote', () => {
    const attempts = withAttempt(withAttempt({}, '1', 'hi-en', 'One'), '12', 'en-hi', 'बारह');
    expect(parseStoredAttempts(JSON.stringify(attempts))).toEqual(attempts);
  });

  it('drops what is not an attempt', () => {
    expect(parseStoredAttempts(null)).toEqual({});
    expect(parseStoredAttempts('not json')).toEqual({});
    expect(parseStoredAttempts('[1,2]')).toEqual({});
    expect(parseStoredAttempts('"text"')).toEqual({});
    const stored = JSON.stringify({
      '1': { 'hi-en': 'Kept', 'en-hi': 7, other: 'x' },
      '2': 'not an object',
      '3': { 'hi-en': '   ' },
      '4': { 'hi-en': 'a'.repeat(maxAnswerLength + 1) },
      'a b': { 'hi-en': 'bad key' },
    });
    expect(parseStoredAttempts(stored)).toEqual({ '1': { 'hi-en': 'Kept' } });
  });

  it('never lets a stored key reach the prototype', () => {
    const attempts = parseStoredAttempts('{"__proto__": {"hi-en": "x"}}');
    expect(Object.getPrototypeOf(attempts)).toBe(Object.prototype);
    expect(Object.keys(attempts)).toEqual([]);
  });

  it('reads the direction, Hindi to English unless English to Hindi was chosen', () => {
    expect(parseStoredDirection(null)).toBe('hi-en');
    expect(parseStoredDirection('sideways')).toBe('hi-en');
    expect(parseStoredDirection('en-hi')).toBe('en-hi');
  });
});
