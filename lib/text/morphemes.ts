/**
 * Where a Hindi word is two words said as one. Schwa deletion works within a morpheme: at the
 * seam of a compound, a prefix or a suffix the first part ends as a word ends (अन + कहा ankahā,
 * not anakhā), so each part is romanised as a word by itself.
 */

/**
 * Prefixes and first parts of compounds, each ending in a consonant said without its vowel:
 * अर्ध- "half" (अर्धसरकारी ardh-sarkārī), महा- "great", Persian बद- "ill" (बदनाम bad-nām) and
 * बर- "on", and the nouns जन "people" (जनप्रतिनिधि) and जल "water" (जलवायु), which begin many
 * learned compounds.
 */
export const consonantPrefixes: string[] = ['अर्ध', 'महा', 'बद', 'बर', 'जन', 'जल'];

/**
 * Suffixes and second parts of compounds, each beginning a new word: -जनक "causing" (अपमानजनक
 * apmān-janak), -नगर "town", -पति "lord", Persian -नाक "full of" (ख़तरनाक xatar-nāk), -हीन
 * "without", -कार "maker", the adverbial -तः (अंशतः aṁś-taḥ), and the postposition को where it
 * is written onto its word (उसको us-ko, आपको āp-ko); and the English -ment, -ware and "up" of
 * loanwords (गवर्नमेंट gavarn-menṭ, सॉफ्टवेयर sôfṭ-veyar, स्टार्टअप sṭārṭ-ap).
 */
export const wordSuffixes: string[] = ['जनक', 'नगर', 'पति', 'नाक', 'हीन', 'कार', 'तः', 'को', 'मेंट', 'वेयर', 'अप', 'करण'];
