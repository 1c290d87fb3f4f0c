// Words the claims' number reader (core/claims/readNumbers.ts) knows: number words, scales, qualifiers that widen
// a value, currencies, months, nouns that count the same thing under different names, and the words around a
// figure that tell what it is. General English and news usage, each list with why.
import { wordList, type WordList } from './wordList';

export interface NumberWordTable {
  readonly reason: string;
  readonly values: Readonly<Record<string, number>>;
}

export const UNIT_WORDS: NumberWordTable = {
  reason: 'Cardinal words up to nineteen and the tens ("six seats", "forty-five minutes" = forty + five).',
  values: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
};

export const GROUP_WORDS: NumberWordTable = {
  reason: 'Words that name a number on their own ("a dozen officers" is 12 officers, "a score of" 20, "a hundred" 100).',
  values: { dozen: 12, score: 20, hundred: 100, thousand: 1000 },
};

export const FRACTION_WORDS: NumberWordTable = {
  reason: 'Shares written as words, read as percentages so "two-thirds of the vote" agrees with "67 percent".',
  values: {
    half: 50, 'one-half': 50, 'a-half': 50, 'one-third': 33.3, 'a-third': 33.3, 'two-thirds': 66.7, 'one-quarter': 25,
    'a-quarter': 25, 'three-quarters': 75, 'one-fifth': 20, 'a-fifth': 20, 'two-fifths': 40, 'three-fifths': 60,
    'four-fifths': 80, 'one-tenth': 10, 'a-tenth': 10,
  },
};

export const SCALE_WORDS: NumberWordTable = {
  reason: 'Scales after a number ("1.6 million", "$4.5bn", "$500m"); a scaled figure is read as rounded to its last digit.',
  values: { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 },
};

export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  rupees: 'INR', rupee: 'INR', rubles: 'RUB', roubles: 'RUB',
};

/** How a qualifier before a number widens its value into an interval (factors of the value). */
export interface Qualifier {
  readonly low: number;
  readonly high: number;
  readonly reason: string;
  /**
   * An estimate of a figure in digits: the interval is the figure's own rounding (half its last written digit:
   * "about 780" is 775–785, "about 2,000" 1,500–2,500), never wider than low/high. Written to three digits, an
   * estimate still says which ten it is in, so "about 780 million" and "790 million" disagree.
   */
  readonly rounded?: boolean;
}

export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  'more than': { low: 1, high: Infinity, reason: '"more than 40" is any value above 40, so 43 agrees' },
  over: { low: 1, high: Infinity, reason: '"over 18" as "more than"' },
  above: { low: 1, high: Infinity, reason: 'as "more than"' },
  'at least': { low: 1, high: Infinity, reason: 'as "more than", the value itself included' },
  'or more': { low: 1, high: Infinity, reason: 'after the number: as "at least"' },
  'fewer than': { low: 0, high: 1, reason: '"fewer than 20" is any value below 20' },
  'less than': { low: 0, high: 1, reason: 'as "fewer than"' },
  under: { low: 0, high: 1, reason: 'as "fewer than"' },
  'up to': { low: 0, high: 1, reason: 'at most the value' },
  nearly: { low: 0.9, high: 1, reason: '"nearly 26%": a little under the value' },
  almost: { low: 0.9, high: 1, reason: 'as "nearly"' },
  about: { low: 0.9, high: 1.1, reason: 'an estimate: within the rounding of its last written digit, at most a tenth either way', rounded: true },
  around: { low: 0.9, high: 1.1, reason: 'as "about"', rounded: true },
  approximately: { low: 0.9, high: 1.1, reason: 'as "about"', rounded: true },
  roughly: { low: 0.9, high: 1.1, reason: 'as "about"', rounded: true },
  some: { low: 0.9, high: 1.1, reason: '"some 3,000 people": an estimate', rounded: true },
  'or so': { low: 0.9, high: 1.1, reason: 'after the number ("a dozen or so"): an estimate', rounded: true },
};

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS = wordList('numbers-weekdays', 'A weekday names a date ("on Monday") that two reports can give alike or differently.',
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Counted nouns reported under different names, folded to one key so the counts can be compared ("9 lawmakers"
 * and "9 MPs" count the same people). Only names news copy uses interchangeably for one set of things.
 */
export const COUNTED_SYNONYMS: readonly { readonly key: string; readonly words: readonly string[]; readonly reason: string }[] = [
  { key: 'legislator', words: ['lawmaker', 'legislator', 'mp', 'member', 'deputy', 'congressman', 'congresswoman', 'parliamentarian'], reason: 'members of a legislature' },
  { key: 'percent', words: ['percent', '%', 'pc', 'per cent', 'percentage'], reason: 'spellings of a share' },
  { key: 'kilometer', words: ['kilometer', 'kilometre', 'km'], reason: 'spellings and the abbreviation' },
  { key: 'mile', words: ['mile', 'mi'], reason: 'spelling and abbreviation' },
  { key: 'person', words: ['person', 'people', 'persons', 'individual'], reason: 'head counts' },
  { key: 'officer', words: ['officer', 'policeman', 'policemen', 'policewoman', 'cop'], reason: 'police officers' },
  { key: 'soldier', words: ['soldier', 'troop', 'serviceman', 'servicemen'], reason: 'military personnel' },
  { key: 'employee', words: ['employee', 'worker', 'staff', 'job', 'post', 'role'], reason: 'a workforce (jobs cut = workers laid off = posts or roles axed: "41 jobs will go" / "about 40 posts are to be cut")' },
  { key: 'child', words: ['child', 'children', 'kid'], reason: 'irregular plural and informal name' },
];

/**
 * The keys of COUNTED_SYNONYMS that count people: a count of nurses and a count of staff may be one workforce told
 * twice, a count of looms and a count of jobs never (alignClaims nearFigures).
 */
export const PEOPLE_COUNT_KEYS = wordList('numbers-people-count-keys',
  'Counted keys (COUNTED_SYNONYMS) that count people, as the post nouns of title-heads do: two near counts of people ("about 40 extra nurses" / "some 45 staff") may be one head count told twice; a near count of things ("40 looms" / "41 jobs") is another fact.',
  ['person', 'employee', 'legislator', 'officer', 'soldier', 'child']);

export const NOT_COUNTED = wordList('numbers-not-counted', 'Words after a number that are not what it counts (verbs, function words), so the reader looks past them.', [
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'was', 'were', 'is', 'are', 'be',
  'been', 'has', 'have', 'had', 'will', 'would', 'who', 'which', 'that', 'than', 'as', 'it', 'its', 'their', 'his', 'her',
  'this', 'these', 'those', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'said', 'says', 'more', 'less', 'per', 'each', 'every', 'last', 'next', 'ago', 'after', 'before',
]);

export const IRREGULAR_PLURALS = wordList('numbers-irregular-plurals',
  'Plural nouns without a final s, so "40 people" counts people. "police" is left out: in "12 police officers" the noun after it is what is counted.',
  ['people', 'children', 'men', 'women', 'staff', 'personnel', 'cattle']);

export const SENTENCE_OPENERS = wordList('numbers-sentence-openers',
  'Capitalised only because they open a sentence ("Since 2009", "Until 2020"): not the name a number labels ("Article 5").',
  ['since', 'until', 'by', 'about', 'only', 'just', 'nearly', 'almost', 'some', 'all', 'during', 'through', 'within', 'between']);

export const SUBJECT_STOPWORDS = wordList('numbers-subject-stopwords',
  'Words before a figure that are not its subject ("Brightmart up 31 percent" has one; "Shares in it rose 8%" names none), nor a label\'s name.',
  ['the', 'a', 'an', 'but', 'and', 'while', 'shares', 'share', 'in', 'on', 'at', 'of', 'it', 'its', 'he', 'she', 'they', 'i', 'we']);

export const DECADE_AGE_CUES = wordList('numbers-decade-age-cues',
  'Before a decade ("in their 70s", "in her early 40s"), these make it an age, not a span of years.',
  ['their', 'his', 'her', 'early', 'mid', 'late']);

export const AGE_CUES = wordList('numbers-age-cues', 'Before a number ("aged 58", "age 7"), these make it an age.', ['aged', 'age']);

export const OF_DETERMINERS = wordList('numbers-of-determiners',
  'Between "of" and the noun ("16 of the 52 MPs", "three of its stores"): skipped to find what the first figure counts.',
  ['the', 'their', 'its', 'his', 'her']);

export const WORD_SCALES = wordList('numbers-word-scales',
  'Scales written in full that multiply a number in words ("two million"); the short forms ("m", "bn") follow digits only.',
  ['million', 'billion', 'trillion']);

export const WORD_NUMBER_STARTS = wordList('numbers-word-number-starts',
  'Words that can open a number written in words ("a dozen", "one-third", "forty-five"): checked first, since almost every word is not one.',
  ['a', 'dozen', ...Object.keys(UNIT_WORDS.values), ...Object.keys(FRACTION_WORDS.values)]);

export const TIME_UNITS = wordList('numbers-time-units',
  'What a span of time is counted in ("two hours", "12 days", folded to the singular): a span is measured from an event, so the words around it say from which ("within two hours" of a landing, "12 hours earlier" than it).',
  ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);

// The words that give a figure its scope (readNumbers' FIGURE_SCOPES decides with them): two figures with different
// scopes measure different stretches, so their values may differ without disagreeing.
export const STRETCH_START_WORDS = wordList('numbers-stretch-start', 'Right before a count, a stretch from the start ("the first two overs", "its opening three games").',
  ['first', 'opening', 'initial']);
export const STRETCH_END_WORDS = wordList('numbers-stretch-end', 'Right before a count, a stretch up to the end or to now ("the last five overs", "the past two years").',
  ['last', 'final', 'past', 'previous', 'closing', 'recent']);
export const STRETCH_AHEAD_WORDS = wordList('numbers-stretch-ahead', 'Right before a count, a stretch still to come ("the next three years").', ['next', 'coming']);
export const SPAN_WITHIN_WORDS = wordList('numbers-span-within', 'Right before a span of time, the time something took or will take ("within two hours", "in two weeks", "the first in 40 years").',
  ['within', 'in']);
export const SPAN_BEFORE_WORDS = wordList('numbers-span-before', 'Right after a span of time, how long before an event ("two years ago", "12 hours earlier").',
  ['ago', 'earlier', 'before', 'previously']);
export const SPAN_AFTER_WORDS = wordList('numbers-span-after', 'Right after a span of time, how long after an event ("two days later", "40 minutes after the finish").',
  ['later', 'after', 'afterwards']);

export const HOLDING_VERBS = wordList('numbers-holding-verbs',
  'Right before a part of a total ("holds 19 of the 90 seats", "the coalition has 48 of them"), the verb makes its subject the part\'s holder: parts of one total held by two holders are two facts.',
  ['has', 'have', 'had', 'holds', 'hold', 'held', 'controls', 'control', 'controlled', 'owns', 'own', 'owned', 'commands', 'command', 'won', 'wins', 'win', 'keeps', 'kept']);

export const HOLDER_SKIPPED = wordList('numbers-holder-skipped',
  'Between a holder and its verb, or its verb and the part ("the party now holds 19", "which holds only 19"): looked past.',
  ['now', 'still', 'also', 'currently', 'already', 'only', 'just']);

/**
 * What a sum of money or a share measures, told by the words around it (readNumbers' measureOf): money counted by
 * different measures is not the same money, so "raised $40m" and "valued at about $300m" are two facts, not one
 * figure told twice (compareNumbers' `different-measures`). Each measure's words are inflected forms and the nouns
 * news copy uses for it; a two-word entry ("asking price") is read before its last word alone. Words that measure
 * nothing in particular ("worth", "money", "pay" as verb or noun) are left out: they name no measure.
 */
export interface FigureMeasure {
  /** The measure a figure near one of the words gets ("funding", "valuation", …). */
  readonly id: string;
  readonly words: WordList;
  /** Claims whose first figure has this measure (tested). */
  readonly examples: readonly string[];
}

function measure(id: string, reason: string, words: string, examples: readonly string[]): FigureMeasure {
  return { id, words: wordList(`numbers-measure-${id}`, reason, words.split(/\s+/).filter(Boolean).map(word => word.replace(/_/g, ' '))), examples };
}

export const FIGURE_MEASURES: readonly FigureMeasure[] = [
  measure('funding', 'Money put into a firm or a body by investors or backers ("raised $40m", "$40m in funding", "a $40m round").',
    'raised raise raises raising fundraising funding financing investment investments invested invest investors', ['Vardo raised $40 million from investors.', 'The startup took in £12m of new funding.']),
  measure('valuation', 'What a firm or an asset is judged to be worth as a whole ("valued at $300m", "a valuation of $300m", "a market value of").',
    'valued valuation valuations valuing market_value market_capitalisation market_capitalization capitalisation capitalization market_cap', ['Vardo is valued at about $300 million.', 'The round gave it a valuation of €2bn.']),
  measure('revenue', 'Money a firm takes in before costs ("revenue of $5bn", "sales rose to $5bn", "turnover").',
    'revenue revenues sales turnover takings', ['Hollis reported revenue of $5.2 billion.', 'Sales rose 8 percent.']),
  measure('profit', 'What a firm keeps after costs ("a profit of $400m", "earnings", "net income").',
    'profit profits profitable earnings net_income operating_income surplus', ['Hollis made a profit of $400 million.', 'Earnings fell 12%.']),
  measure('loss', 'What a firm or a body loses or spends beyond its income ("a loss of $90m", "lost $90m", "a deficit").',
    'loss losses lost deficit deficits shortfall writedown write-down', ['Hollis lost $90 million in the quarter.', 'The club posted a deficit of £3m.']),
  measure('fine', 'A penalty a court or a regulator imposes ("fined $5m", "a fine of $5m", "a penalty").',
    'fine fined fines penalty penalties sanction', ['The regulator fined Vardo $5 million.', 'Marrow Bank must pay a £2m penalty.']),
  measure('compensation', 'What is paid to those harmed ("$2m in compensation", "damages", "a settlement", "a payout").',
    'compensation compensate compensated damages settlement settled payout payouts restitution redress', ['Vardo will pay $2 million in compensation.', 'The families won damages of £80,000.']),
  measure('bid', 'An amount offered for something, not yet the price paid ("a $5bn bid", "offered $5bn").',
    'bid bids bidding bidder offer offers offered tender', ['Hollis made a $5 billion bid for the chain.', 'Dorn offered £300,000 for the house.']),
  measure('asking', 'What a seller asks, not yet the price paid ("an asking price of £450,000", "listed at").',
    'asking asking_price listed listing list_price', ['The house has an asking price of £450,000.', 'The painting was listed at $2m.']),
  measure('price', 'What was paid in a sale or a deal ("sold for £420,000", "bought for", "a takeover at $5bn", "the price of").',
    'price priced prices sold sale bought paid purchase purchased acquired acquisition takeover fetched', ['The house sold for £420,000.', 'Hollis bought the chain for $4.8 billion.']),
  measure('budget', 'Money set aside for a purpose ahead of spending it ("a budget of $50m", "allocated").',
    'budget budgets budgeted allocated allocation allocates earmarked', ['The city set a budget of $50 million for the bridge.', 'Ministers allocated €20m to the scheme.']),
  measure('cost', 'What something costs or what was spent on it ("cost $60m", "spending", "the bill").',
    'cost costs costing spent spend spending spends bill expense expenses expenditure overrun', ['The bridge cost $60 million.', 'Spending reached €25m.']),
  measure('debt', 'What is owed ("debts of $2bn", "owes", "a loan", "borrowed").',
    'debt debts owes owed owing loan loans borrowed borrowing borrowings liabilities', ['Vardo owes $2 billion to its lenders.', 'The club took a loan of £10m.']),
  measure('salary', 'What a person is paid for work ("a salary of $200,000", "wages", "a pay rise of 4%").',
    'salary salaries wage wages paycheck pay_rise pay_raise pay_packet', ['Her salary is $200,000 a year.', 'Nurses won a pay rise of 4 percent.']),
  measure('aid', 'Money given by a government or a donor ("$50m in aid", "a grant", "donated").',
    'aid grant grants donated donation donations donors subsidy subsidies bailout', ['The donors pledged $50 million in aid.', 'The trust gave a grant of £40,000.']),
];

export const FIGURE_MEASURE_LINKS = wordList('numbers-figure-measure-links',
  'Between a sum and the noun that says what it measures ("$2m in compensation", "$40m of funding"): looked past.', ['in', 'of']);

export const FIGURE_TARGET_WORDS = wordList('numbers-figure-target-words',
  'Before a figure in its clause, these make it a target, a forecast or a hope rather than what happened ("aims to raise $50m", "a target of 5%", "expects revenue of $6bn"): a target and an outcome are not the same figure, even of one measure.',
  ['target', 'targets', 'targeted', 'targeting', 'aim', 'aims', 'aimed', 'aiming', 'goal', 'goals', 'hopes', 'hoped', 'hoping', 'seeks', 'seeking', 'sought',
    'forecast', 'forecasts', 'forecasting', 'projected', 'projection', 'projections', 'expects', 'expected', 'expecting', 'predicted', 'predicts', 'plans', 'planned', 'planning', 'intends', 'wants']);

/**
 * What a count of people measures, told by the words around it (readNumbers' countMeasureOf): people hurt and
 * people evacuated, people arrested and people charged are different sets, so "40 people were hurt" and "45 people
 * were evacuated" are two facts, not one count told twice (compareNumbers' `different-measures`), while "about 40
 * people hurt" and "53 injured" count one set differently. Each measure holds the verb's forms and the nouns news
 * copy uses for it ("arrests", "deaths"); a count whose counted noun is one of them ("12 arrests", "1,300 injured")
 * counts people. Words that tell no particular fate ("affected", "involved", "casualties": dead and hurt together)
 * are left out.
 */
export const COUNT_MEASURES: readonly FigureMeasure[] = [
  measure('hurt', 'People hurt: "hurt", "injured" and "wounded" are one measure, as reports word it either way ("40 people were hurt" / "43 injured").',
    'hurt injured injuring injure injures injury injuries wounded wounding', ['40 people were hurt in the blast.', 'The crash injured 12 passengers.', 'About 1,300 injured were taken to hospital.']),
  measure('dead', 'People killed: "killed", "died", "dead", "deaths", "fatalities", a death toll.',
    'killed killing kill kills dead died die dies dying death deaths fatality fatalities toll lives', ['At least 214 people were killed.', 'The storm claimed 12 lives.', 'The death toll rose to 214.']),
  measure('missing', 'People not yet found: "missing", "unaccounted for".',
    'missing unaccounted', ['62 people are still missing.', 'Rescuers searched for 62 missing climbers.']),
  measure('evacuated', 'People moved out of harm\'s way: "evacuated", "evacuees".',
    'evacuated evacuate evacuation evacuations evacuee evacuees', ['About 3,000 residents were evacuated.', 'Officials moved 3,000 evacuees to schools.']),
  measure('displaced', 'People left without a home: "displaced", "homeless".',
    'displaced homeless', ['The floods left 40,000 people homeless.', 'Some 40,000 were displaced.']),
  measure('arrested', 'People arrested or held by police: "arrested", "arrests", "detained".',
    'arrested arrest arrests arresting detained detention detentions detainee detainees', ['Police arrested 12 people.', 'Officers made 12 arrests.']),
  measure('charged', 'People charged or prosecuted, after an arrest or without one: "charged", "charges", "indicted".',
    'charged charge charges charging indicted indictment indictments prosecuted', ['Prosecutors charged 15 people.', '15 of them were charged with fraud.']),
  measure('convicted', 'People found guilty or jailed: "convicted", "jailed", "sentenced".',
    'convicted conviction convictions jailed sentenced', ['A jury convicted 4 men.', 'Four were jailed for fraud.']),
  measure('rescued', 'People brought out alive: "rescued", "saved".',
    'rescued rescue rescues saved', ['Rescuers saved 30 people from the flood.', '30 people were rescued overnight.']),
];

export const COUNT_MEASURE_SKIPPED = wordList('numbers-count-measure-skipped',
  'Between a count (and what it counts) and the verb that says what happened to them ("40 people were hurt", "62 are still missing", "12 have reportedly died"): auxiliaries and adverbs of degree or time, looked past.',
  ['were', 'was', 'are', 'is', 'been', 'be', 'being', 'have', 'has', 'had', 'reportedly', 'seriously', 'critically', 'badly', 'slightly', 'fatally',
    'also', 'still', 'later', 'now', 'believed', 'feared', 'thought', 'since', 'already', 'then']);
