import type { ImportProposal } from './propose';

/**
 * What the browser import's server actions answer. The messages are already in the user's
 * language: the actions word them from problem codes, never from English text.
 */
export type ProposeImportResult = { ok: true; proposal: ImportProposal } | { ok: false; errors: string[] };

/** A saved import: `href` is the reader page of the new passage. */
export type SaveImportResult = { ok: true; slug: string; href: string } | { ok: false; errors: string[] };
