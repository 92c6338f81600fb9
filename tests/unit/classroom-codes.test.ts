import { describe, expect, it } from 'vitest';
import { JOIN_CODE_BITS, newJoinCode, readJoinCode } from '@/lib/classroom';

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('join codes', () => {
  it('are two groups of four Crockford letters, 40 random bits', () => {
    expect(JOIN_CODE_BITS).toBeGreaterThanOrEqual(40);
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(CODE_SHAPE);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newJoinCode()));
    expect(codes.size).toBe(10_000);
  });

  it('use every letter of the alphabet', () => {
    const letters = new Set(Array.from({ length: 2_000 }, () => newJoinCode().replace('-', '')).join(''));
    expect(letters.size).toBe(32);
  });

  it('read back as typed, whatever the case, spacing and hyphens', () => {
    const code = newJoinCode();
    expect(readJoinCode(code)).toBe(code);
    expect(readJoinCode(code.toLowerCase())).toBe(code);
    expect(readJoinCode(code.replace('-', ''))).toBe(code);
    expect(readJoinCode(` ${code.slice(0, 2)} ${code.slice(2).replace('-', ' - ')} `)).toBe(code);
  });

  it('count the letters people confuse as the digits they look like', () => {
    expect(readJoinCode('K7QD-M2XO')).toBe('K7QD-M2X0');
    expect(readJoinCode('k7qd-m2xi')).toBe('K7QD-M2X1');
    expect(readJoinCode('K7QD-M2XL')).toBe('K7QD-M2X1');
  });

  it('refuse what cannot be a code', () => {
    expect(readJoinCode('')).toBeNull();
    expect(readJoinCode('K7QD-M2X')).toBeNull();
    expect(readJoinCode('K7QD-M2XPQ')).toBeNull();
    expect(readJoinCode('K7QD-M2XU')).toBeNull();
    expect(readJoinCode('K7QD-M2X!')).toBeNull();
  });
});
