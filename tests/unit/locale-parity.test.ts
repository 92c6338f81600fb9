import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, namespaces } from '@/lib/i18n/settings';

const localesDir = path.resolve(__dirname, '../../locales');

type Tree = { [key: string]: string | Tree };

function flattenKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

// Plural keys differ by language only in their suffixes; compare the base key.
function withoutPluralSuffix(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

function readNamespace(lng: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join(localesDir, lng, `${ns}.json`), 'utf8')) as Tree;
}

describe('locales', () => {
  it('has exactly the declared namespaces for every language', () => {
    for (const lng of languages) {
      const files = readdirSync(path.join(localesDir, lng)).map((file) => file.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...namespaces].sort());
    }
  });

  for (const ns of namespaces) {
    it(`has the same keys in every language for "${ns}"`, () => {
      const [first, ...rest] = languages;
      const reference = new Set(flattenKeys(readNamespace(first, ns)).map(withoutPluralSuffix));
      for (const lng of rest) {
        const keys = new Set(flattenKeys(readNamespace(lng, ns)).map(withoutPluralSuffix));
        expect([...keys].filter((key) => !reference.has(key)), `${lng} has keys that ${first} lacks`).toEqual([]);
        expect([...reference].filter((key) => !keys.has(key)), `${lng} lacks keys that ${first} has`).toEqual([]);
      }
    });
  }

  it('has no empty strings', () => {
    for (const lng of languages) {
      for (const ns of namespaces) {
        const empty = flattenKeys(readNamespace(lng, ns)).filter((key) => {
          const value = key.split('.').reduce<string | Tree | undefined>(
            (node, part) => (typeof node === 'object' ? node[part] : undefined),
            readNamespace(lng, ns),
          );
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty, `${lng}/${ns}`).toEqual([]);
      }
    }
  });
});
