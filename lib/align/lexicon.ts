import { toMatchKey } from '@/lib/text';

/**
 * A small hand-written Hindi–English list of frequent, stable news words: days, months, time,
 * people, government, law, conflict, economy, nature, everyday verbs and adjectives. Loanwords
 * (पुलिस "police", कंपनी "company") are left out: their consonant skeletons already match.
 * Each line is one concept: Hindi forms, "=", English forms. A form ending in "*" matches any
 * word starting with it (inflections: सरकार* covers सरकारी, सरकारों); other forms match exactly.
 * Hindi forms are written without nukta, as `toMatchKey` removes it, and with anusvara for
 * chandrabindu. Hand-written: no npm package ships a Hindi–English word list.
 */
const ENTRIES = `
सोमवार = monday
मंगलवार = tuesday
बुधवार = wednesday
गुरुवार बृहस्पतिवार = thursday
शुक्रवार = friday
शनिवार = saturday
रविवार = sunday
जनवरी = january
फरवरी = february
अप्रैल = april
जून = june
जुलाई = july
अगस्त = august
सितंबर सितम्बर = september
अक्टूबर अक्तूबर = october
नवंबर नवम्बर = november
दिसंबर दिसम्बर = december
साल सालों वर्ष वर्षों वर्षीय = year*
महीन* माह = month*
सप्ताह* हफ्त* = week*
दिन दिनों = day days daily
रात रातों = night*
सुबह = morning*
शाम = evening*
दोपहर = afternoon*
घंट* = hour*
आज = today
कल = yesterday tomorrow
पहले = before earlier ago previous*
पहला पहली = first
दूसरा दूसरे दूसरी = second other another
तीसरा तीसरे तीसरी = third
आधा आधे आधी = half
दोगुन* = double*
बाद = after later
अगला अगले अगली = next
पिछला पिछले पिछली = last previous* past
समय वक्त = time times
सदी शताब्दी = century centuries
उम्र आयु = age aged
हमेशा = always
कभी = ever never
दोबारा = again
जल्द* = soon
प्रतिशत फीसदी = percent per cent
करोड = crore* million*
लोग लोगों जनता = people public
आदमी पुरुष* = man men male
व्यक्ति* = person* individual*
महिला* औरत* स्त्री = woman women female
बच्च* = child* kid kids baby babies
लडका लडके लडकों = boy*
लडकी लडकियों = girl*
पिता = father* dad
माता मां = mother* mom mum
पत्नी = wife wives
पति = husband*
बेटा बेटे बेटों = son sons
बेटी बेटियों = daughter*
भाई = brother*
बहन* = sister*
परिवार* = family families
दोस्त* मित्र* = friend*
पडोस* = neighbo*
छात्र* विद्यार्थी* = student*
शिक्षक* अध्यापक* = teacher*
चिकित्सक* = doctor* physician*
मरीज* रोगी = patient*
खिलाडी* = player*
दर्शक* = spectator* audience* viewer*
भीड = crowd*
नेता* = leader*
सदस्य* = member*
कर्मचारी* = employee* staff
मजदूर* श्रमिक* = worker* labo*
अधिकारी* = official* officer* authorit*
सैनिक* = soldier* troop*
नागरिक* = citizen* civilian*
निवासी* = resident*
गवाह* = witness*
पीडित* = victim*
संदिग्ध* = suspect*
अपराध* = crime* criminal*
वकील* = lawyer* attorney*
न्यायाधीश* जज = judge*
प्रवक्ता = spokes*
विशेषज्ञ* = expert* specialist*
वैज्ञानिक* = scien*
शोध* अनुसंधान = research*
अध्ययन* = study studies studied
लेखक* = author authors writer*
पत्रकार* = journalist* reporter*
मालिक = owner*
ग्राहक* = customer* client*
निवेश* = invest*
प्रवासी* अप्रवासी* = migrant* immigra*
सरकार* = govern*
राष्ट्रपति = president*
प्रधानमंत्री प्रधान = prime premier
मंत्री* मंत्रालय* = minist*
संसद* = parliament* congress*
सांसद* = lawmaker* mp mps
चुनाव* निर्वाचन = election* electoral
मतदान* मतदाता* = vot*
राज्य* = state states
देश* = countr* nation*
राष्ट्र राष्ट्रीय राष्ट्रों = nation*
शहर* नगर = city cities town*
गांव* = village*
इलाक* क्षेत्र* = area* region* zone*
सीमा* = border* limit*
कानून* = law laws legal legislat*
नियम* = rule rules regulation*
नीति* = policy policies
अदालत* न्यायालय* = court*
मुकदम* = trial* case* lawsuit*
फैसल* निर्णय* = decision* decid* ruling verdict*
आरोप* = accus* charge* alleg*
गिरफ्तार* = arrest*
जेल कैद* = jail* prison*
सजा = sentence* punish*
हत्या* = murder* kill*
मौत मृत्यु मृत = death* dead die died dies dying
मारा मारे मारी मारने = kill*
घायल* जख्म* चोट* = injur* wound* hurt
हमल* = attack*
गोली* = shot shoot* bullet*
हथियार* = weapon*
बंदूक* = gun guns
युद्ध* जंग = war wars battle*
सेना* = army armies military troop* force*
शांति = peace*
सुरक्षा सुरक्षित = secur* safety safe
खतर* = danger* threat* risk*
डर डरे डरा डरते = fear* afraid scare*
आतंक* = terror*
विरोध* प्रदर्शन* = protest* oppos*
अधिकार अधिकारों = right rights
स्वतंत्र* आजाद* = free* independen*
लोकतंत्र* = democra*
समझौत* = agreement* deal*
बातचीत वार्ता = talk* negotiat*
बैठक* = meeting*
सम्मेलन* = conference* summit*
बयान* = statement*
घोषणा* = announce*
जांच* = investigat* inquir* probe* examin*
सबूत* प्रमाण* = evidence proof
सच सच्च* सत्य = truth true
झूठ* = lie lies lied false
जानकारी* सूचना* = information inform*
खबर* समाचार = news
अखबार* = newspaper*
अर्थव्यवस्था* = econom*
व्यापार* कारोबार* = trade* business*
बाजार* = market*
कीमत* मूल्य* दाम = price* value*
पैस* धन राशि = money fund* amount*
लागत = cost*
खर्च* = spend* spent expens* cost*
नौकरी* रोजगार* = job jobs employ*
वेतन* = salar* wage*
उद्योग* = industr*
उत्पाद* = product*
बिक्री = sale sales sell* sold
खरीद* = buy* bought purchas*
कर्ज* ऋण = debt* loan*
घाटा घाटे = loss* deficit*
लाभ* मुनाफ* = profit* benefit*
विकास = develop* growth
वृद्धि बढोतरी = increase* growth rise*
गिरावट = declin* fall* drop*
कहा कहते कहती कहता कहना कहने = said say* tell* told
बताया बताते बताती बताता बताना बताने = told tell* said says
पूछ* = ask*
जवाब* = answer* repl* respon*
जीत* विजय* = win wins winning won victor*
हार हारा हारे हारी हारने = defeat* lost lose* losing
खेल* = game* play* sport*
शुरू* आरंभ* = start* begin* began begun launch*
खत्म* समाप्त* = end ended ending finish*
बंद = clos* shut*
खोल* = open*
बनाया बनाई बनाए बनाने बनाना = made make* build* built creat*
लिख* = writ* wrote
पढ* = read reads reading
देख* = saw see sees seeing seen watch* look*
सुना सुनी सुने सुनने सुनकर सुनाई = heard hear hears hearing listen*
सोच* = think* thought
जानते जानता जानती = know* knew
समझ समझा समझे समझने समझते समझती = understand* understood
चाहते चाहता चाहती = want*
मदद* सहायता* = help* assist* aid
कोशिश* प्रयास* = try tried tries trying attempt* effort*
दौरा दौरे = visit* tour*
यात्रा* = travel* trip* journey*
मांग* = demand*
वादा वादे = promis*
चेतावनी = warn*
अनुमति इजाजत = allow* permission permit*
रोक* = stop* ban bans banned banning block* prevent*
बचा* बचाव* = sav* rescu*
छोड* = left leav* quit
पहुंच* = reach* arriv*
लौट* वापस = return* back
भेज* = sent send*
दिखा* = show*
जारी = releas* continu* issu*
बदल* परिवर्तन* = chang*
गिरा गिरे गिरी गिरने गिरकर = fell fall* drop* collaps*
मरने मरा मरे = die died dies dead
जन्म* = born birth*
शादी* विवाह* = marri* wedding*
बीमार* = ill illness* sick* disease*
इलाज* उपचार* = treat*
अस्पताल* = hospital*
दवा* = drug* medic*
स्वास्थ्य = health*
शरीर = body bodies
शव* लाश* = body bodies corpse*
सिर = head*
हाथ* = hand*
आंख* = eye*
दिल हृदय = heart*
खून रक्त = blood*
पानी जल = water*
आग = fire*
बारिश वर्षा = rain*
तूफान* = storm* hurricane* typhoon*
बाढ = flood*
भूकंप* = earthquake* quake*
मौसम* = weather season*
हवा हवाओं = air wind winds windy
समुद्र* सागर = sea seas ocean*
नदी नदियों = river*
पहाड* पर्वत* = mountain* hill hills
जंगल* = forest* jungle*
पेड* वृक्ष* = tree*
जमीन भूमि = land ground
धरती पृथ्वी = earth
आसमान आकाश = sky
सूरज सूर्य = sun
चांद चंद्रमा = moon
जानवर* पशु* = animal*
कुत्त* = dog*
पक्षी* चिडिया = bird*
मछली* = fish*
भोजन = food* meal*
घर* मकान* = home* house*
इमारत* भवन* = building*
सडक* = road* street*
पुल = bridge*
रास्त* मार्ग* = way route* path*
गाडी* वाहन* = vehicle* car cars
विमान* = plane* aircraft* flight*
जहाज* = ship* vessel*
नाव* = boat*
यात्री* = passenger* traveller* traveler*
दुनिया* विश्व = world* global*
अंतरराष्ट्रीय अंतर्राष्ट्रीय = international
स्थानीय = local*
विदेश* = foreign*
भाषा* = language*
धर्म* धार्मिक = religio*
मस्जिद* = mosque*
मंदिर* = temple*
संगीत* = music*
गाना गाने गीत* = song* sing sings singing singer*
किताब* पुस्तक* = book*
कला* = art arts artist*
इतिहास* ऐतिहासिक = histor*
भविष्य = future
शिक्षा = educat*
विद्यालय* = school*
विश्वविद्यालय* = universit*
तकनीक* प्रौद्योगिकी = technolog*
ऊर्जा = energy
बिजली = electric* power
तेल = oil
कोयला = coal
प्रदूषण = pollut*
जलवायु = climate
पर्यावरण* = environment*
बडा बडे बडी = big* large* major
छोटा छोटे छोटी = small* little
नया नए नई नये = new newer newest newly
पुराना पुराने पुरानी = old
अच्छा अच्छे अच्छी = good
बुरा बुरे बुरी खराब = bad*
लंबा लंबे लंबी = long* tall
तेज* = fast* quick* rapid*
मुश्किल* कठिन = difficult* hard
आसान = easy easi*
गलत = wrong*
जरूरी आवश्यक = necessar* need* essential*
महत्वपूर्ण अहम = important*
खुश* = happy happi*
दुखी = sad*
गुस्स* नाराज* = angr* anger
प्यार प्रेम = love*
सफल* = success*
विफल* असफल* = fail*
संभव* = possib*
असंभव = impossib*
समस्या* = problem*
सवाल* प्रश्न* = question*
कारण = reason* because cause*
परिणाम* नतीजे नतीजा = result*
उदाहरण = example*
समूह* = group*
संगठन* = organi*
समाज* सामाजिक = social societ*
समुदाय* = communit*
पूरे पूरा पूरी = entire* whole full*
उत्तरी = north*
दक्षिण* = south*
पूर्वी = east*
पश्चिम* = west*
मुख्य = main chief
प्रमुख = chief head major key leading
जीवन* जिंदगी = life lives
दुर्घटना* हादसा हादसे = accident* crash*
धमाक* विस्फोट* = blast* explosion* explosive* explode*
घटना* = incident* event*
कहानी* = story stories
आवाज* = voice*
शब्द* = word*
नाम नामों = name*
पत्र पत्रों चिट्ठी = letter*
संदेश* = message*
तस्वीर* = photo* picture* image*
खिलाफ = against
समर्थन* = support*
मामल* = case* matter*
गंभीर = serious*
स्थिति = situation* condition*
जगह स्थान = place*
नुकसान* हानि = damage* harm*
राहत = relief
आरोपी = accused suspect*
काम कार्य = work* job
सेवा* = servic*
कार्यक्रम* = program*
योजना* = plan plans planned planning
लक्ष्य = target* goal*
अनुभव* = experienc*
रंग* = colour* color*
काला काले काली = black*
सफेद = white
लाल = red
हरा हरे हरी = green*
नीला नीले नीली = blue
चांदी = silver
कांस्य = bronze
पदक* = medal*
विजेता* = winner*
कप्तान* = captain*
प्रशंसक* = fan fans
मैदान* = field* ground* pitch
दौड* = run runs race races racing
हालांकि = however although though
`;

/** Word lists of one side: exact forms, and stems that match any word starting with them. */
interface SideIndex {
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  longestStem: number;
}

export interface Lexicon {
  conceptCount: number;
  hindi: SideIndex;
  english: SideIndex;
}

function createSideIndex(): SideIndex {
  return { exact: new Map(), stems: new Map(), longestStem: 0 };
}

function addForm(index: SideIndex, form: string, concept: number): void {
  const isStem = form.endsWith('*');
  const key = isStem ? form.slice(0, -1) : form;
  const map = isStem ? index.stems : index.exact;
  const concepts = map.get(key);
  if (concepts === undefined) map.set(key, [concept]);
  else if (!concepts.includes(concept)) concepts.push(concept);
  if (isStem) index.longestStem = Math.max(index.longestStem, key.length);
}

/** Parses lines of "Hindi forms = English forms"; a line without both sides is a mistake. */
export function parseLexicon(text: string): Lexicon {
  const lexicon: Lexicon = { conceptCount: 0, hindi: createSideIndex(), english: createSideIndex() };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [hindiSide, englishSide, extra] = line.split('=');
    const hindiForms = hindiSide?.trim().split(/\s+/).filter(Boolean) ?? [];
    const englishForms = englishSide?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (extra !== undefined || hindiForms.length === 0 || englishForms.length === 0) {
      throw new Error(`lexicon line needs "Hindi forms = English forms": "${line}"`);
    }
    const concept = lexicon.conceptCount;
    lexicon.conceptCount += 1;
    for (const form of hindiForms) addForm(lexicon.hindi, normalizeHindiWord(form), concept);
    for (const form of englishForms) addForm(lexicon.english, form.toLowerCase(), concept);
  }
  return lexicon;
}

const CHANDRABINDU = /\u0901/g;

/** Nukta dropped and chandrabindu read as anusvara: spellings of one word vary in both. */
export function normalizeHindiWord(word: string): string {
  return toMatchKey(word).replace(CHANDRABINDU, '\u0902');
}

const NO_CONCEPTS: readonly number[] = [];

/**
 * Concepts of one word of one side (Hindi after `normalizeHindiWord`, English in lower case):
 * its exact form's, and those of every listed stem it starts with.
 */
export function findConcepts(index: SideIndex, word: string): readonly number[] {
  const exact = index.exact.get(word);
  let found: number[] | undefined = exact === undefined ? undefined : [...exact];
  const longest = Math.min(word.length, index.longestStem);
  for (let length = 1; length <= longest; length += 1) {
    const concepts = index.stems.get(word.slice(0, length));
    if (concepts === undefined) continue;
    found ??= [];
    for (const concept of concepts) if (!found.includes(concept)) found.push(concept);
  }
  return found ?? NO_CONCEPTS;
}

export const NEWS_LEXICON: Lexicon = parseLexicon(ENTRIES);
