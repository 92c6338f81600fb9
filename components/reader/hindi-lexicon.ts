import type { SchwaLexicon } from '@/lib/text';

let loaded: SchwaLexicon | undefined;
let loading: Promise<SchwaLexicon | undefined> | undefined;

/**
 * The romanisation's lexicon, fetched as its own chunk the first time a reader needs it. If the
 * chunk cannot be fetched (the connection dropped), romanisation goes on by its rules alone.
 */
export function loadHindiLexicon(): Promise<SchwaLexicon | undefined> {
  loading ??= import('@/lib/text/hindi-lexicon').then(
    (module) => {
      loaded = module.hindiLexicon();
      return loaded;
    },
    (error: unknown) => {
      console.warn('romanisation: the lexicon could not be loaded; the rules alone romanise', error);
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/** The lexicon if it has loaded, for code that romanises at once. */
export function loadedHindiLexicon(): SchwaLexicon | undefined {
  return loaded;
}
