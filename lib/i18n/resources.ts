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
import enReveal from '@/locales/en/reveal.json';
import enRomanize from '@/locales/en/romanize.json';
import enListen from '@/locales/en/listen.json';
import enWords from '@/locales/en/words.json';
import enMywords from '@/locales/en/mywords.json';
import enPractice from '@/locales/en/practice.json';
import enPrint from '@/locales/en/print.json';
import hiReveal from '@/locales/hi/reveal.json';
import hiRomanize from '@/locales/hi/romanize.json';
import hiListen from '@/locales/hi/listen.json';
import hiWords from '@/locales/hi/words.json';
import hiMywords from '@/locales/hi/mywords.json';
import hiPractice from '@/locales/hi/practice.json';
import hiPrint from '@/locales/hi/print.json';
import type { Lng, Namespace } from './settings';

export type Messages = { [key: string]: string | Messages };

export const resources: Record<Lng, Record<Namespace, Messages>> = {
  en: { common: enCommon, library: enLibrary, reader: enReader, glossary: enGlossary, import: enImport,
    account: enAccount, classroom: enClassroom, assignments: enAssignments, review: enReview,
    reveal: enReveal, romanize: enRomanize, listen: enListen, words: enWords, mywords: enMywords, practice: enPractice, print: enPrint },
  hi: { common: hiCommon, library: hiLibrary, reader: hiReader, glossary: hiGlossary, import: hiImport,
    account: hiAccount, classroom: hiClassroom, assignments: hiAssignments, review: hiReview,
    reveal: hiReveal, romanize: hiRomanize, listen: hiListen, words: hiWords, mywords: hiMywords, practice: hiPractice, print: hiPrint },
};

/** Only the namespaces a client island needs, in its language only. */
export function pickResources(lng: Lng, ns: readonly Namespace[]): Record<string, Messages> {
  return Object.fromEntries(ns.map((name) => [name, resources[lng][name]]));
}
