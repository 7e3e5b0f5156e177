/**
 * Word lists and cue patterns for `names.ts`: surname and patronymic endings, introductions, titles, and
 * the words around a name that tell a person from a place, a work or a greeting. Constants only.
 */

// "my coach is", "our neighbour,", "her ex": a person in the writer's life is named next.
export const EN_ROLE_CUE_RE =
  /(?:(?:^|[.!?\n]\s*)(?:social\s+worker|caseworker|case\s+worker|mentor|supervisor|manager|teacher|tutor|coach|therapist|counsell?or|landlord|landlady|neighbou?r|roommate|flatmate|boss)(?:\s+is|['’]s|\s*[,:])?\s+$)|(?:^|[^\p{L}])(?:my|our|his|her|their|the|a|an)\s+(?:\p{L}+['’]s\s+|(?:sons|daughters|kids|childs|moms|mums|dads|sisters|brothers|friends|wifes|husbands|partners|parents|mothers|fathers|cousins|nans|grans)\s+)?(?:(?:best|old|new|former|ex|step)[\s-]?)?(?:friend|coach|teacher|neighbou?r|roommate|flatmate|boss|manager|ex|boyfriend|girlfriend|bf|gf|partner|husband|wife|mom|mum|dad|mother|father|sister|brother|cousin|aunt|uncle|grandma|grandpa|therapist|counsell?or|doctor|nurse|paramedic|social\s+worker|caseworker|classmate|colleague|coworker|co-worker|landlord|landlady|tutor|stepdad|stepmom|son|daughter|bully|team\s+lead|line\s+manager|supervisor|mentor|principal|headteacher|lecturer|professor|instructor|trainer|lawyer|dentist|psychiatrist|psychologist|sponsor|housemate|mate|bestie|niece|nephew|fianc[eé]e?|grandmother|grandfather|grandad|granddad|stepfather|stepmother)(?:-in-law)?(?:\s+is(?:\s+(?:literally|actually|basically|really|called|named))?|\s+was\s+(?:called|named)|\s*,)?\s+$/iu

// A relation or role word as a label at the start of a line or sentence, then ":" or "=" ("FATHER: …",
// "ex-fiancé = …", "my mother-in-law: …"): what follows names the person, given name or surname first.
export const EN_LABEL_CUE_RE =
  /(?:^|[.!?\n]\s*)(?:(?:my|our|his|her|their)\s+)?(?:(?:best|old|new|former|ex|step)[\s-]?)?(?:friend|coach|teacher|neighbou?r|roommate|flatmate|boss|manager|ex|boyfriend|girlfriend|bf|gf|partner|husband|wife|mom|mum|dad|mother|father|parent|sister|brother|cousin|aunt|uncle|grandma|grandpa|therapist|counsell?or|doctor|gp|nurse|caseworker|social\s+worker|landlord|landlady|tutor|son|daughter|child|bully|abuser|stalker|attacker|supervisor|mentor|lawyer|fianc[eé]e?|grandmother|grandfather|stepdad|stepmom|stepmum|guardian|name|full\s+name|patient|client|tenant|applicant|sender|contact)(?:-in-law)?(?:\s*\(s\))?\s*[:=]\s*$/iu

// "I met", "talked to", "broke up with": the next words name a person (verbs that also take places or
// films, "saw", "went to", "with", are left out: "saw Hong Kong", "with Qatar Airways").
export const EN_PERSON_VERB_RE =
  /(?:^|[^\p{L}])(?:met|meet|meeting|talked\s+to|talking\s+to|talk\s+to|spoke\s+to|speak\s+to|texted|texting|messaged|dm'?e?d|dm|message|asked|told|hugged|kissed|dating|dated|married|blocked|invited|named|(?:anyone|anybody|you|u)\s+know(?:\s+an?)?|(?:get|got|getting)\s+over|shout\s*-?out\s+to|(?:i'?m|am|been|was|were|started|stopped)\s+seeing|(?:friends|broke\s+up|hanging\s+out|hung\s+out|fight|fighting|argued|talking|chatting|texting|messaging)\s+with|(?:goes|go|going|went)\s+by|introduced\s+(?:himself|herself|themselves|themself|myself)\s+as|signing\s+off\s*[,:—–-]?)\s+$/iu

// What only a person does, right after a name: "… texted me", "… told me", "… and I" (not "said" or
// "is my": places do that too, "Hong Kong said", "Buenos Aires is my favourite").
export const EN_PERSON_AFTER_RE =
  /^[\s,]+(?:texted|texts|texting|messaged|dm'?e?d|laughed|yelled|yells|bullies|bullied|punched|pushed|(?:told|tells|asked|asks|called|calls|hates|hated|blocked|ignored|ignores|dumped|kissed|hugged|hit|likes|liked|owes|owed|follows|followed|stalks|stalked|threatened|threatens|raped|abused|assaulted)\s+me|and\s+I|and\s+me|(?:is|was)\s+my\s+(?:\p{L}+\s+)?(?:sister|brother|mom|mum|mother|dad|father|son|daughter|aunt|uncle|cousin|friend|boyfriend|girlfriend|husband|wife|partner|ex|boss|teacher|coach|neighbou?r|roommate|flatmate|therapist|grandma|grandpa|grandmother|grandfather|grandad|granddad|gran|granny|nan|nana|mate|buddy|bestie|bff|coworker|co-worker|colleague|classmate|manager|supervisor|landlord|landlady|tutor|counsell?or|stepdad|stepmom|stepfather|stepmother|bully|abuser|stalker)|keeps\s+(?:texting|calling|messaging|posting|following|asking|telling|saying|bothering|bullying|harassing|threatening|showing|coming|making|sending)|(?:won'?t|wont)\s+(?:stop|leave|talk|answer|text|call)|told\s+(?:the\s+whole|everyone|everybody|my|our|his|her|them|us)|covered\s+for\s+me|(?:are|were)\s+my\s+(?:\p{L}+\s+)?(?:friends|parents|neighbou?rs|roommates|flatmates|classmates|coworkers|colleagues|bullies|cousins|siblings|grandparents|teachers|bosses)|and\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:are|were)\s+my|sat\s+with\s+me|next\s+door|lives\s+(?:next\s+(?:to|door)|with\s+me|near\s+me|upstairs|downstairs|across\s+the\s+(?:street|hall|road))|(?:said|says)\s+(?:that\s+)?(?:I|I'm|I’m|she|he|we|you|my|me)(?![\p{L}'’])|(?:sent|gave|showed|promised|offered)\s+me|(?:stole|took|broke|read|leaked|shared)\s+my|(?:hurt|hit|slapped|grabbed|touched|ghosted|choked|kicked|cheated\s+on|lied\s+to|screamed\s+at|shouted\s+at|laughed\s+at|spat\s+at)\s+me|passed\s+away|killed\s+(?:himself|herself|themselv)|called\s+(?:the\s+)?(?:ambulance|police|cops|911|999)|from\s+(?:accounts|hr|admin|finance|payroll|reception|security|the\s+(?:night|day|late|early)\s+shift)|here\s*[,.!—–-]|who\s+(?:found|saved|helped|called|hurt|raped|abused|attacked|bullied|ghosted|dumped|left|followed|stalked|touched|hit|sent|texted|told)\s+(?:me|us)|(?:from|in)\s+my\s+(?:cohort|class|school|work|job|dorm|team|church|office|building|street|group|cohort|year|course|program|programme|ward|unit|lab|squad|crew|band|club|gym|choir|shift|department|dept|uni|college|\p{L}+\s+class)|(?:is|was)\s+(?:my|our|his|her)\s+\p{L}+['’]s\s+(?:full\s+)?name)(?![\p{L}])/iu

// What the writer says of the person right after the name: ", my flatmate,", " (my ex)", ", the guy who…",
// " — yeah that's me" (a name, not a place: places are not "the girl I dated")
export const EN_DESCRIBED_AFTER_RE =
  /^\s*(?:[,(—–]|-\s)\s*(?:(?:my|our|his|her|their)\s+(?:\p{L}+['’]s\s+)?(?:(?:best|old|new|former|ex|step)[\s-]?)?(?:friend|coach|teacher|neighbou?r|roommate|roomie|flatmate|housemate|boss|manager|supervisor|mentor|ex|ex-?gf|ex-?bf|boyfriend|girlfriend|bf|gf|partner|fianc[eé]e?|husband|wife|mom|mum|dad|mother|father|sister|brother|cousin|aunt|uncle|grandma|grandpa|grandad|granddad|nan|gran|therapist|counsell?or|doctor|nurse|caseworker|classmate|colleague|coworker|co-worker|landlord|landlady|tutor|stepdad|stepmom|son|daughter|bully|brother-in-law|sister-in-law|niece|nephew)(?![\p{L}])|the\s+(?:\p{L}+\s+)?(?:guy|girl|boy|man|woman|lady|kid|dude|bloke|lad|lass)\s+(?:who|that|i|we|from|with|next)(?![\p{L}])|(?:yeah\s+|yes\s+|yep\s+)?that['’]?s\s+me(?![\p{L}]))/iu

// Lower-case words that follow a first name in chat without being a surname ("my name is sam btw").
// Words for places and things that follow a capitalised word without being a surname ("Abbey Road",
// "Wall Street", "Victoria Station", "Madison Square Garden"), and that open a place's name ("Santa Monica").
export const EN_PLACE_WORDS = new Set(
  (
    'street st road rd avenue ave lane drive boulevard square garden gardens station center centre tower ' +
    'mall hospital school university college cathedral airport stadium arena theatre theater museum library ' +
    'market plaza place terrace heights island mountain valley county city village district memorial monument ' +
    'palace temple cemetery zoo ' +
    // the first word of a place named after a saint: "Santa Monica", "San Diego", "São Paulo"
    'santa san sao são santo'
  ).split(' '),
)

// Latin spellings of surname endings from the region (Armenian, Georgian, Ukrainian, Russian, Polish):
// "Hakobyan", "Beridze", "Kapanadze", "Gelashvili", "Kravchuk", "Lysenko", "Sokolov", "Kowalski".
export const LATIN_SURNAME_END_RE =
  /(?:yan|ian|dze|shvili|enko|chuk|czuk|ova|eva|ov|ev|sky|skiy|skaya|ski|ska|wicz|vich|ovic|evic)$/u

export const EN_NOT_SURNAME = new Set(
  "btw im i and but so lol tho hi hey here too also ok okay yeah thanks pls i'm i’m i'd i’d i'll i’ll i've i’ve".split(
    ' ',
  ),
)

export const RU_SURNAME_END =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|овой|евой|иной|овым|евым|иным|ову|еву|ину|ский|цкий|ская|цкая|ского|цкого|енко|ук|юк|чук|як|ич|дзе|швили|ян|янц|иани|ых|их)$/u

export const RU_PATRONYMIC_END =
  /(?:ович|евич|ич|овна|евна|ична|инична|овича|евича|овичу|евичем|овичем|овны|евны|ичны|овне|евне|овну|евну|ичну|овной|евной)$/u

// titles, and role words used as titles ("Coach Reynolds", "Principal Skinner", "Officer Diaz")
export const TITLE_RE =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Sir|Madam|Coach|Principal|Officer|Nurse|Detective|Pastor|Rev|Sergeant|Sgt|Judge)\.?$/u

// Introductions: the next words are names even in lower case.
export const INTRO_RE =
  /(?:меня\s+зовут|зовут\s+меня|(?<![\p{L}])зовут|мо[её]\s+имя|(?<![\p{L}])я\s*[—–-]?|это\s+я,?|my\s+name\s+is|my\s+name's|(?<![\p{L}])name\s+(?:is|was)|i\s+am|i'm|i’m|(?<![\p{L}])im|call\s+me|it's\s+me,?|this\s+is)\s*$/iu

// Introductions that name the writer beyond doubt: the two words after them are a name even in lower case.
export const STRONG_INTRO_RE =
  /(?:меня\s+зовут|зовут\s+меня|мо[её]\s+имя|my\s+name\s+is|my\s+name's|name's|name\s+is|name\s+was)[\s:—–-]*$/iu

export const SURNAME_INTRO_RE =
  /(?:фамили\p{L}{1,2}(?:\s+(?:моя|у\s+(?:меня|него|неё|нее|них)|его|её|ее))?|по\s+фамилии|last\s+name(?:['’]s|\s+is|\s+was)?|surname(?:\s+is|\s+was)?)[\s:—–-]*$/iu

// Prepositions before a town named like a surname («в Иванове», «из Королёва», «под Пушкином»; «из-за
// Зуевой» is a person).
export const PLACE_PREPOSITION_RE = /(?:^|[^\p{L}-])(?:в|во|на|из|под|до|около|возле|через|за)\s+$/iu

// Words after which a lone surname names an author or an artist («читаю Белова», «стихи Рубцова», «песни
// Высоцкого»), not someone the writer knows.
export const WORK_CUE_RE =
  /(?:^|[^\p{L}])(?:(?:пере|про)?чита\p{L}{1,3}|слуша\p{L}{1,3}|включа\p{L}{1,3}|смотр\p{L}{1,3}|уч\p{L}{1,2}|проход\p{L}{1,3}|писал\p{L}?|пел\p{L}?|стих\p{L}{0,3}|книг\p{L}{0,2}|песн\p{L}{0,2}|роман\p{L}{0,2}|рассказ\p{L}{0,2}|поэм\p{L}{0,2}|фильм\p{L}{0,2}|картин\p{L}{0,2}|музык\p{L}{0,2}|творчеств\p{L}{0,2}|выставк\p{L}{0,2}|музе\p{L}{1,2}|галере\p{L}{1,2}|портрет\p{L}{0,2}|полотн\p{L}{1,2}|пьес\p{L}{1,2}|опер\p{L}{1,2}|балет\p{L}{0,2}|симфони\p{L}{1,2}|по)\s+$/iu

// Words that open a sentence before a first name without being a surname: greetings, interjections,
// words addressing someone and nouns for relations or roles («Привет Маша», «Мама Оля», «Тренер Саша»).
export const NOT_NOUN_SURNAME_RE =
  /^(?:привет\p{L}*|здравствуй\p{L}*|здорово|спасибо|пока|прости|извини|слушай|смотри|ну|ой|ох|эх|ура|блин|вот|ладно|короче|кстати|мам\p{L}*|пап\p{L}*|бабуш\p{L}*|бабул\p{L}*|баба|дед\p{L}*|т[её]т\p{L}*|дяд\p{L}*|сестр\p{L}*|брат\p{L}*|подруг\p{L}*|друг\p{L}*|учител\p{L}*|тренер\p{L}*|доктор|врач|сосед\p{L}*|кр[её]стн\p{L}*|жена|муж|доч\p{L}*|сын\p{L}*|внуч\p{L}*|внук|малыш\p{L}*|зай\p{L}*|солн\p{L}*|кот\p{L}*|кошк\p{L}*|котик\p{L}*|собак\p{L}*|собачк\p{L}*|п[её]с|пс[аы]|щен\p{L}*|хомяк\p{L}*|попуга\p{L}*|рыб\p{L}*|милая|милый|дорог\p{L}*|добр\p{L}*|спокойной|сладких|с|поздравляю|люблю|бедн\p{L}*)$/iu

// What follows a public person's name when one speaks of their work, not of them: "Kate Bush scene",
// "Anthony Bourdain episodes", "Kevin Hart's special", «Цой песни», «Пелевина книги».
export const NAME_IS_A_WORK_RE =
  /^(?:['’]s)?\s+(?:special|specials|episodes?|videos?|quotes?|scenes?|songs?|albums?|movies?|films?|shows?|podcasts?|interviews?|books?|novels?|concerts?|tours?|documentar(?:y|ies)|memes?|fans|lyrics|speech(?:es)?|tweets|stand-?up|comedy|series|poster|energy|vibes?|песн\p{L}*|фильм\p{L}*|клип\p{L}*|концерт\p{L}*|книг\p{L}*|стих\p{L}*|интервью|видос\p{L}*|видео|подкаст\p{L}*|сериал\p{L}*|альбом\p{L}*|трек\p{L}*)(?![\p{L}])/iu

// "Jane Eyre is my comfort book", "Anna Karenina was our set novel": the words name a work
export const NAME_IS_A_WORK_AFTER_IS_RE =
  /^\s+(?:is|was)\s+(?:my|our|a|the|his|her)\s+(?:\p{L}+\s+){0,2}(?:book|novel|film|movie|show|series|song|album|game|play|musical|read|poem)s?(?![\p{L}])/iu

// An animal word before a title: "hamster Sir Nibbles", "my cat Lord Whiskers" are pets, not people
export const PET_BEFORE_TITLE_RE =
  /(?:^|[^\p{L}])(?:hamster|cat|kitten|kitty|dog|puppy|pup|bunny|rabbit|parrot|budgie|bird|fish|goldfish|pet|horse|pony|guinea\s+pig|turtle|tortoise|snake|lizard|ferret|rat|mouse|hedgehog)(?:['’]s\s+name\s+is|\s+is\s+called|\s+named|\s+called)?\s+$/iu

// A street or square word right after the words («Чуйский проспект», «Красная площадь», "Gresham Street"):
// they name a place, not a person.
export const NAME_IS_A_PLACE_AFTER_RE =
  /^\s+(?:проспект\p{L}{0,2}|улиц\p{L}{1,2}|площад\p{L}{1,2}|бульвар\p{L}{0,2}|переул\p{L}{2,3}|шоссе|набережн\p{L}{2,3}|парк\p{L}{0,2}|сквер\p{L}{0,2}|Street|Avenue|Road|Square|Boulevard)(?![\p{L}])/u
// "by Stanley Park", "in Hyde Park", "at Victoria Station": a place word last, after a preposition of place
export const NAME_IS_A_PLACE_RE = /(?:^|\s)(?:by|in|at|near|around|through|across|to|from|past|round)\s+$/iu
export const PLACE_LAST_WORD_RE =
  /\s(?:Park|Square|Bridge|Station|Gardens|Common|Heath|Pier|Beach|Harbour|Harbor)$/u

// A shop or a firm named after its founder: «в Фёдоров Маркете», «Петров Групп», "Baker Motors"
export const BUSINESS_LAST_WORD_RE =
  /\s(?:маркет\p{L}{0,2}|молл\p{L}{0,2}|плаз\p{L}{1,2}|групп\p{L}{0,2}|холдинг\p{L}{0,2}|моторс|трейд\p{L}{0,2}|строй\p{L}{0,2}|сервис\p{L}{0,2}|фуд\p{L}{0,2}|Market|Group|Motors|Holdings|Foods|Bakery|Pharmacy|Realty|Logistics)$/iu

// A comparison with a known person or character: «прям как Гэндальф Серый», "a real Gordon Ramsay",
// "a proper Gordon Ramsay" (the writer likens someone to them; they are not the person talked about)
export const NAME_IS_A_COMPARISON_RE =
  /(?:(?:^|[^\p{L}])(?:прям|прямо|точь-в-точь|ну\s+чисто|чисто)\s+как|(?:^|[^\p{L}])вылит\p{L}{1,2}|(?:^|[^\p{L}])(?:a|an)\s+(?:real|total|proper|regular|walking|modern[\s-]day|right)|(?:^|[^\p{L}])(?:just|exactly)\s+like)\s+$/iu

// "at Jimmy Johns on Market Street": a venue named after a person, placed on a street
export const NAME_IS_A_VENUE_AFTER_RE =
  /^\s+(?:on|in)\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Mall)(?![\p{L}])/u
