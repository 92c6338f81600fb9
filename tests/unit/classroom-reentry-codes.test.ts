import { describe, expect, it } from 'vitest';
import { REENTRY_CODE_BITS, newReentryCode, readReentryCode } from '@/lib/classroom';

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('re-entry codes', () => {
  it('are three groups of four Crockford letters, at least 60 random bits', () => {
    expect(REENTRY_CODE_BITS).toBeGreaterThanOrEqual(60);
    for (let i = 0; i < 200; i += 1) expect(newReentryCode()).toMatch(CODE_SHAPE);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newReentryCode()));
    expect(codes.size).toBe(10_000);
  });

  it('use every letter of the alphabet in every position', () => {
    const samples = Array.from({ length: 3_000 }, () => newReentryCode().replaceAll('-', ''));
    for (const position of [0, 5, 11]) {
      expect(new Set(samples.map((code) => code[position])).size).toBe(32);
    }
  });

  it('read back as typed, whatever the case, spacing and hyphens', () => {
    const code = newReentryCode();
    expect(readReentryCode(code)).toBe(code);
    expect(readReentryCode(code.toLowerCase())).toBe(code);
    expect(readReentryCode(code.replaceAll('-', ''))).toBe(code);
    expect(readReentryCode(` ${code.replaceAll('-', ' ')} `)).toBe(code);
  });

  it('count the letters people confuse as the digits they look like', () => {
    expect(readReentryCode('4f7k-q2mz-8xdo')).toBe('4F7K-Q2MZ-8XD0');
    expect(readReentryCode('4F7K-Q2MZ-8XDI')).toBe('4F7K-Q2MZ-8XD1');
    expect(readReentryCode('4F7K-Q2MZ-8XDL')).toBe('4F7K-Q2MZ-8XD1');
  });

  it('refuse what cannot be a code, including a join code', () => {
    expect(readReentryCode('')).toBeNull();
    expect(readReentryCode('K7QD-M2XP')).toBeNull();
    expect(readReentryCode('4F7K-Q2MZ-8XD')).toBeNull();
    expect(readReentryCode('4F7K-Q2MZ-8XDAB')).toBeNull();
    expect(readReentryCode('4F7K-Q2MZ-8XDU')).toBeNull();
    expect(readReentryCode('4F7K-Q2MZ-8XD!')).toBeNull();
  });
});
