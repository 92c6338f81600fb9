import { toMatchKey } from '@/lib/text';

/**
 * Native Hindi words never proposed as loanwords: function words and the commonest native
 * vocabulary, plus short words that sound like an English word by chance (कम/come, जब/job,
 * बस/bus, नाम/name, ओर/or). Written by hand because no Hindi frequency list is installed; a
 * word is listed in its common inflections, since stems are only tried for longer words.
 */
const STOP_WORDS_TEXT = `
मैं मुझे मुझको मुझसे मेरा मेरी मेरे हम हमें हमको हमसे हमारा हमारी हमारे तू तुझे तेरा तेरी तेरे
तुम तुम्हें तुमको तुमसे तुम्हारा तुम्हारी तुम्हारे आप आपको आपसे आपका आपकी आपके
वह वो वे उस उसे उसको उससे उसका उसकी उसके उन उन्हें उनको उनसे उनका उनकी उनके उन्होंने
यह ये इस इसे इसको इससे इसका इसकी इसके इन इन्हें इनको इनसे इनका इनकी इनके इन्होंने
कौन किस किसे किसको किससे किसका किसकी किसके किन किन्हें किन्होंने क्या कोई किसी कुछ
सब सबको सबसे सबका सबकी सबके सभी खुद स्वयं अपना अपनी अपने आपस
जो जिस जिसे जिससे जिसका जिसकी जिसके जिन जिन्हें जिनसे जिनका जिनकी जिनके जिन्होंने
जैसा जैसी जैसे वैसा वैसी वैसे ऐसा ऐसी ऐसे कैसा कैसी कैसे इतना इतनी इतने उतना उतनी उतने
जितना जितनी जितने कितना कितनी कितने

का की के को से में पर ने तक लिए लिये द्वारा साथ बाद पहले ऊपर नीचे अंदर भीतर बाहर पास
आगे पीछे बीच सामने तरफ ओर बिना प्रति बारे कारण वजह तरह जरिए जरिये मुताबिक अनुसार खिलाफ
विरुद्ध दौरान बजाय सिवा समेत सहित तहत करीब लगभग
भी ही तो न ना नहीं मत हां हाँ जी भर सिर्फ केवल बस मात्र

और एवं तथा या अथवा लेकिन परंतु परन्तु किंतु किन्तु मगर बल्कि कि क्योंकि इसलिए अगर यदि
जब तब जबकि तभी अब अभी कब जहां जहाँ वहां वहाँ यहां यहाँ कहां कहाँ कहीं यहीं वहीं फिर
क्यों ताकि चाहे यानी यानि वरना हालांकि

है हैं था थी थे थीं हो हूं हूँ होता होती होते होना होने होगा होगी होंगे होंगी हुआ हुई हुए हुईं
रहा रही रहे रहीं रह रहना रहने रहता रहती रहते रहेगा रहेगी रहेंगे रहकर
गया गई गए गयी गये गईं जा जाता जाती जाते जाना जाने जाएगा जाएगी जाएंगे जाए जाएं जाकर जाओ
कर करता करती करते करना करने करें करो किया किए किये करके करेगा करेगी करेंगे करवा करा
सकता सकती सकते सके सकें सका सकी चुका चुकी चुके चाहिए चाहता चाहती चाहते चाहा
दिया दी दिए दिये देना देने देता देती देते दें देकर देगा देगी लिया ली लेना लेने लेता लेती
लेते लें लेकर कहा कही कहे कहना कहने कहता कहती कहते कहकर बोला बोली बोले बोलना
मिला मिली मिले मिलना मिलने मिलता मिलती मिलते लगा लगी लगे लगता लगती लगते लगाना लगाने
बना बनी बने बनता बनती बनते बनाना बनाने बनाया बनाई बनाए आया आई आए आना आने आता आती आते
पड़ा पड़ी पड़े पड़ता पड़ती पड़ते पाया पाई पाए पाना पाने पाता पाती पाते देख देखा देखी देखे देखना
देखने देखते देखकर लिख लिखा लिखी लिखे लिखना लिखने लिखते लिखती पढ़ पढ़ा पढ़ने पढ़ते
सोच सोचा सोचते समझ समझा समझते चल चला चली चले चलता चलती चलते चलना बता बताया बताते बताती
रख रखा रखी रखे रखना रखने रखता छोड़ छोड़ा छोड़ी छोड़े छोड़ने उठ उठा उठे उठना निकल निकला
निकली निकले निकलना निकलने

एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस बीस तीस चालीस पचास सौ हजार हज़ार लाख करोड़ अरब
पहला पहली पहले दूसरा दूसरी दूसरे तीसरा तीसरी तीसरे चौथा आधा दोनों तीनों

आज कल परसों सुबह शाम रात दिन दिनों साल सालों वर्ष महीना महीने हफ्ता हफ्ते समय वक्त बार
हर कई कम ज्यादा ज़्यादा अधिक बहुत थोड़ा सारा सारी सारे पूरा पूरी पूरे कुल अन्य बाकी
लोग लोगों व्यक्ति आदमी औरत महिला बच्चा बच्चे बच्चों घर देश दुनिया बात बातें बातों काम नाम
जगह पानी हाथ सिर मन दिल जान जीवन सच बड़ा बड़ी बड़े छोटा छोटी छोटे नया नई नए नये पुराना
पुरानी पुराने अच्छा अच्छी अच्छे बुरा बुरी सही गलत अलग खास आम दूर पास ठीक सबसे
मामले मामला मामलों सवाल जवाब सरकार भारत राज्य शहर गांव गाँव परिवार पैसा पैसे रुपये रुपए
तरीका तरीके हिस्सा हिस्से हाल लंबा लंबी लंबे गहरा गहरी गहरे कड़ा कड़ी कड़े भारी सीधा सीधी
सीधे अचानक लगातार जल्दी धीरे आसान जरूरी ज़रूरी बेहतर अंतर मित्र कार्य प्रयास बयान न्याय पड़ोस

पर गम तन दर सो लो दम बल तल फल जल पल मल टल टाल पैर दौर शोर जोर जोड़ मील डाल दाल माल बाल
चाल बोल लाल चीन मोर चोर तेल खेल डेरा
`;

/** Candrabindu and anusvara are written for each other (जाएँगे, जाएंगे), so keys fold them. */
function toStopKey(word: string): string {
  return toMatchKey(word).replace(/\u0901/gu, '\u0902');
}

/** The stop list itself, for tests and tools. */
export const stopWords: readonly string[] = STOP_WORDS_TEXT.split(/\s+/).filter(Boolean);

const STOP_KEYS = new Set(stopWords.map(toStopKey));

/** True for native words that detection never proposes; ignores nukta, joiners, candrabindu. */
export function isStopWord(word: string): boolean {
  return STOP_KEYS.has(toStopKey(word));
}

/**
 * English function words: Hindi borrows them only inside transliterated names and titles (हेड ऑफ
 * सेफगार्ड्स रिसर्च), while by sound alone they match native words (भाई/by, दे/they, आनंद/and).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet of to in on at by for with from into onto upon about above below
  over under after before between through during without within against among across around as
  than then that this these those there here where when what which who whom whose why how
  is are was were be been being am has have had do does did done will would shall should can could
  may might must not no nor it its he him his she her hers they them their theirs we us our ours
  you your yours i me my mine one ones up down out off if also just only very too all any some
  each every both either neither such own same other another more most much many few less least`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for English function words; a possessive 's is ignored. */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
}
