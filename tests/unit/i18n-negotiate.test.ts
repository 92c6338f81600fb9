import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '@/lib/i18n/negotiate';

describe('chooseLanguage', () => {
  it('prefers the remembered choice over the header', () => {
    expect(chooseLanguage('hi', 'en-US,en;q=0.9')).toBe('hi');
    expect(chooseLanguage('en', 'hi-IN')).toBe('en');
  });

  it('ignores a remembered value that is not a language of the interface', () => {
    expect(chooseLanguage('fr', 'hi-IN,hi;q=0.9')).toBe('hi');
  });

  it('follows Accept-Language weights and regional tags', () => {
    expect(chooseLanguage(undefined, 'fr-FR, hi;q=0.8, en;q=0.5')).toBe('hi');
    expect(chooseLanguage(undefined, 'en-GB,en;q=0.9,hi;q=0.8')).toBe('en');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(undefined, null)).toBe('en');
    expect(chooseLanguage(undefined, 'de-DE')).toBe('en');
  });
});
