import enCommon from '@/locales/en/common.json';
import enGlossary from '@/locales/en/glossary.json';
import enImport from '@/locales/en/import.json';
import enLibrary from '@/locales/en/library.json';
import enReader from '@/locales/en/reader.json';
import hiCommon from '@/locales/hi/common.json';
import hiGlossary from '@/locales/hi/glossary.json';
import hiImport from '@/locales/hi/import.json';
import hiLibrary from '@/locales/hi/library.json';
import hiReader from '@/locales/hi/reader.json';
import enAccount from '@/locales/en/account.json';
import enClassroom from '@/locales/en/classroom.json';
import enAssignments from '@/locales/en/assignments.json';
import enReview from '@/locales/en/review.json';
import hiAccount from '@/locales/hi/account.json';
import hiClassroom from '@/locales/hi/classroom.json';
import hiAssignments from '@/locales/hi/assignments.json';
import hiReview from '@/locales/hi/review.json';
import type { Lng, Namespace } from './settings';

export type Messages = { [key: string]: string | Messages };

export const resources: Record<Lng, Record<Namespace, Messages>> = {
  en: { common: enCommon, library: enLibrary, reader: enReader, glossary: enGlossary, import: enImport,
    account: enAccount, classroom: enClassroom, assignments: enAssignments, review: enReview },
  hi: { common: hiCommon, library: hiLibrary, reader: hiReader, glossary: hiGlossary, import: hiImport,
    account: hiAccount, classroom: hiClassroom, assignments: hiAssignments, review: hiReview },
};

/** Only the namespaces a client island needs, in its language only. */
export function pickResources(lng: Lng, ns: readonly Namespace[]): Record<string, Messages> {
  return Object.fromEntries(ns.map((name) => [name, resources[lng][name]]));
}
