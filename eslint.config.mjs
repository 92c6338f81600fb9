// The layering rules of the codebase (README, "Architecture"), checked on every `npm test`.
import tseslint from 'typescript-eslint';

/**
 * Files outside a module may import it only through its index.ts, or through one of these
 * declared sub-entries. Each exists so that one kind of caller does not load the whole module.
 */
const declaredSubEntries = [
  // Server-only adapters: React's per-request cache and Next's notFound meet lib/ here.
  '@/lib/content/server',
  '@/lib/i18n/server',
  // Sessions and the database for routes: cookies from next/headers, one connection per process.
  '@/lib/auth/server',
  '@/lib/db/server',
  // The classroom's data layer (server-only), apart from its codes, types and scoring that islands use.
  '@/lib/classroom/server',
  // The worksheet's assignment read (server-only), apart from its layout that the unit tests call.
  '@/lib/print/server',
  // Reveal mode's data layer (server-only), apart from the browser's storage format the reader's island uses.
  '@/lib/reveal/server',
  // The romanisation's lexicon data (19,000 words), apart from the rules, so a browser fetches it only where it romanises.
  '@/lib/text/hindi-lexicon',
  // My words' data layer (server-only), apart from the scheduling and export the browser runs too.
  '@/lib/my-words/server',
  // Word statuses of the signed-in user (server-only), apart from the families and checks islands use.
  '@/lib/words/server',
  // Every interface string of both languages: pages pick a language's share for their islands.
  '@/lib/i18n/resources',
  // Accept-Language negotiation for proxy.ts, with its parser, kept out of client bundles.
  '@/lib/i18n/negotiate',
  // The glossary page's search (MiniSearch and the spelling-forgiving keys) for its island, without the linker.
  '@/lib/glossary/search',
  // The import page's islands: alignment edits, entry ids, the placeholder test, the aligner's
  // types and doubt threshold, without the aligner and the detector.
  '@/lib/importer/browser',
  '@/lib/align/types',
  // The reader's island: where a card goes, without the view builder and the content loader.
  '@/lib/reader/placement',
  // A Hindi sentence's address, for My words' links back, without the view builder.
  '@/lib/reader/anchors',
];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pastIndex = {
  regex: `^(?!(${declaredSubEntries.map(escapeRegex).join('|')})$)@/lib/[^/]+/`,
  message: 'Import a lib module through its index.ts (`@/lib/<module>`), or declare the sub-entry in eslint.config.mjs.',
};
const intoApp = { group: ['@/app', '@/app/*', '**/app/*'], message: 'Nothing imports routes: move shared code to lib/ or components/.' };
const intoComponents = { group: ['@/components', '@/components/*'], message: 'lib/ is framework-free: it never imports components.' };
const frameworks = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', 'react-i18next'],
  message: 'lib/ is plain TypeScript: React and Next belong in app/ and components/ (or a declared server-only adapter).',
};
// From lib/<module>/file.ts, "../other/file" reaches another module past its index.ts.
const siblingPastIndex = { regex: '^\\.\\./[^./][^/]*/', message: 'Import another lib module through its index.ts (`@/lib/<module>`).' };

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'scripts/**/*.ts', 'proxy.ts', 'tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pastIndex] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pastIndex, intoApp] }] },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pastIndex, siblingPastIndex, intoApp, intoComponents, frameworks] }],
    },
  },
  {
    // The declared server-only adapters: where lib/ meets the framework (React's per-request cache, Next's notFound).
    files: ['lib/content/server.ts', 'lib/i18n/server.ts', 'lib/auth/server.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pastIndex, siblingPastIndex, intoApp, intoComponents] }] },
  },
);
