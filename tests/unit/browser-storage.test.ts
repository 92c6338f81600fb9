import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { forgetPageOnlyValues, readStored, readStoredJson, removeStored, writeStored } from '@/lib/browser-storage';

/** A Storage kept in a Map, as a browser that keeps what it is given. */
function keepingStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

function useWindow(localStorage: () => Storage): void {
  vi.stubGlobal('window', {
    get localStorage() {
      return localStorage();
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetPageOnlyValues();
});

describe('browser storage', () => {
  it('reads back what it wrote, and forgets what it removed', () => {
    const store = keepingStorage();
    useWindow(() => store);
    expect(writeStored('sahpath:test', 'on')).toBe(true);
    expect(store.getItem('sahpath:test')).toBe('on');
    expect(readStored('sahpath:test')).toBe('on');
    expect(removeStored('sahpath:test')).toBe(true);
    expect(readStored('sahpath:test')).toBeNull();
  });

  it('answers null and false without a window (on the server)', () => {
    expect(typeof window).toBe('undefined');
    expect(readStored('sahpath:test')).toBeNull();
    expect(readStoredJson('sahpath:test', z.object({}))).toBeNull();
    expect(writeStored('sahpath:test', 'on')).toBe(false);
    expect(removeStored('sahpath:test')).toBe(false);
  });

  it('keeps a write for this page view when reaching storage throws SecurityError', () => {
    useWindow(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readStored('sahpath:test')).toBeNull();
    expect(writeStored('sahpath:test', 'ruby')).toBe(false);
    expect(readStored('sahpath:test')).toBe('ruby');
    expect(removeStored('sahpath:test')).toBe(false);
    expect(readStored('sahpath:test')).toBeNull();
  });

  it('keeps a write for this page view when setItem throws QuotaExceededError, over the older stored value', () => {
    const store = keepingStorage();
    store.setItem('sahpath:test', 'line');
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    useWindow(() => store);
    expect(writeStored('sahpath:test', 'ruby')).toBe(false);
    expect(store.getItem('sahpath:test')).toBe('line');
    expect(readStored('sahpath:test')).toBe('ruby');
  });

  it('lets a fault that is not a refusal through', () => {
    useWindow(() => {
      throw new TypeError('a fault in the code');
    });
    expect(() => readStored('sahpath:test')).toThrow(TypeError);
    expect(() => writeStored('sahpath:test', 'on')).toThrow(TypeError);
  });

  it('reads JSON by a schema or a parser, and answers null for damaged or foreign text', () => {
    const store = keepingStorage();
    useWindow(() => store);
    const schema = z.object({ revealed: z.array(z.number()) });
    store.setItem('sahpath:good', '{"revealed":[1,2]}');
    store.setItem('sahpath:broken', '{"revealed":[1,');
    store.setItem('sahpath:foreign', '{"revealed":"all"}');
    expect(readStoredJson('sahpath:good', schema)).toEqual({ revealed: [1, 2] });
    expect(readStoredJson('sahpath:broken', schema)).toBeNull();
    expect(readStoredJson('sahpath:foreign', schema)).toBeNull();
    expect(readStoredJson('sahpath:missing', schema)).toBeNull();
    expect(readStoredJson('sahpath:good', (value) => JSON.stringify(value))).toBe('{"revealed":[1,2]}');
  });

  it('reads JSON kept for this page view while storage is refused', () => {
    useWindow(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    writeStored('sahpath:test', '{"a":1}');
    expect(readStoredJson('sahpath:test', z.object({ a: z.number() }))).toEqual({ a: 1 });
  });
});
