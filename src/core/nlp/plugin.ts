// Our compromise plugin: words compromise does not know (or knows wrongly) for news copy, and match rules that
// tag cues our entity rules read. Plain data, each group with the reason it exists; the adapter applies it
// once at module load. Only general knowledge lives here (well-known media outlets and international bodies,
// place names), never names taken from particular articles.

import { DOTTED_ABBREVIATIONS } from '../lexicon/entities';

export interface WordGroup {
  readonly reason: string;
  readonly tag: string | readonly string[];
  readonly words: readonly string[];
}

export interface MatchRule {
  readonly match: string;
  readonly tag: string;
  readonly group?: number;
  readonly reason: string;
}

/** Tags of our own, set by the rules below and read by the adapter. */
export const NEWS_TAGS = {
  NewsNotOrg: { isA: 'Noun' },
  NewsNamedList: { isA: 'Noun' },
} as const;

function words(text: string): string[] {
  return text.split('|').map(word => word.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

export const WORD_GROUPS: readonly WordGroup[] = [
  {
    reason: 'News organisations and agencies are cited as sources and speakers; compromise misses many of them.',
    tag: 'Organization',
    words: words(`reuters|associated press|agence france-presse|afp|bloomberg|al jazeera|sky news|itv|channel 4|
      deutsche welle|france 24|euronews|tass|interfax|ria novosti|xinhua|kyodo|yonhap|nhk|cbs|nbc|abc news|npr|
      pbs|fox news|msnbc|cnbc|cbc|bbc news|cbs news|nbc news|cnn|politico|axios|semafor|newsweek|usa today|
      new york times|washington post|wall street journal|financial times|the guardian|the telegraph|daily mail|
      the economist|le monde|der spiegel|el pais|haaretz|times of israel|kyiv independent|ukrainska pravda|
      meduza|novaya gazeta|kommersant|vedomosti|the independent|sunday times|irish times|los angeles times|
      propublica|the atlantic magazine|rte|al arabiya|anadolu|ukrinform|pravda|izvestia|nikkei|nikkei asia|
      lancet|the lancet|bmj|jama|new england journal of medicine|south china morning post|times of india|
      hindustan times|the hindu|dawn|arab news|gulf news|jerusalem post|straits times|japan times|korea herald|
      fox business|bloomberg news|bloomberg tv|times radio|lbc|gb news|i24news|al-monitor|middle east eye|the hill|
      c-span|channel 12|ynet|kan news|nikkei asian review|caixin|global times|people's daily|the moscow times`),
  },
  {
    reason: 'International bodies, alliances and large public institutions named without an organisation suffix.',
    tag: 'Organization',
    words: words(`nato|un|united nations|eu|european union|imf|world bank|wto|opec|osce|iaea|icc|icj|unicef|unhcr|
      unesco|g7|g20|brics|asean|african union|arab league|oecd|interpol|europol|red cross|icrc|
      amnesty international|human rights watch|greenpeace|hamas|hezbollah|taliban|houthis|al-qaeda|al qaeda|
      wagner group|kremlin|pentagon|white house|bundestag|duma|knesset|verkhovna rada|politburo|mi5|mi6|gchq|
      mossad|fsb|kgb|sbu|gru|fbi|cia|nsa|nhs|federal reserve|supreme court|european commission|
      european parliament|european council|european central bank|ecb|bank of england|vatican|holy see|
      congress|senate|frontex|eurostat|fifa|uefa|ioc|doctors without borders|reporters without borders|
      save the children|oxfam|world food programme|world food program|unrwa|wfp|undp|unfpa|ocha`),
  },
  {
    reason: 'Government departments named by one common noun, written with a capital ("the Treasury", "the Exchequer", "the Admiralty"): with no other word of a name, no head and no cue, the capital makes the body.',
    tag: 'Organization',
    words: words(`treasury|exchequer|admiralty`),
  },
  {
    reason: 'Large companies named without a company suffix, whose names are not also common words.',
    tag: 'Organization',
    words: words(`microsoft|google|alphabet|openai|nvidia|tesla|spacex|boeing|airbus|gazprom|rosneft|rosatom|lukoil|
      exxonmobil|chevron|aramco|saudi aramco|huawei|bytedance|samsung|toyota|volkswagen|pfizer|moderna|astrazeneca|
      goldman sachs|jpmorgan|morgan stanley|blackrock|citigroup|hsbc|barclays|deutsche bank|ubs|glencore|naftogaz|
      wagner|palantir|lockheed martin|raytheon|rheinmetall|northrop grumman|netflix|disney|walmart|starlink|
      alibaba|baidu|xiaomi|byd|catl|foxconn|tsmc|sk hynix|infosys|wipro|meta platforms|anthropic|deepseek`),
  },
  {
    reason: 'Major political parties named without "party", which compromise does not know; capitalised, they are bodies.',
    tag: 'Organization',
    words: words(`labour|labour party|conservative party|liberal democrats|lib dems|snp|scottish national party|
      plaid cymru|sinn fein|sinn féin|dup|democratic unionist party|democratic party|republican party|gop|afd|
      alternative for germany|cdu|csu|spd|fdp|fidesz|likud|bjp|bharatiya janata party|indian national congress|anc|
      african national congress|pti|ldp|kuomintang|kmt|law and justice|rassemblement national|national rally|
      la france insoumise|renaissance party|psoe|podemos|syriza|lega|brothers of italy|fratelli d'italia|pvv|
      united russia|servant of the people|zanu-pf|pml-n|awami league|bnp|dmk|aiadmk`),
  },
  {
    reason: 'Social platforms are organisations when named as where something was posted.',
    tag: 'Organization',
    words: words('truth social|facebook|instagram|telegram|tiktok|youtube|whatsapp|twitter|linkedin|bluesky|threads'),
  },
  {
    reason: 'Countries and regions compromise does not tag as places: they must never become people or bodies.',
    tag: ['Country', 'ProperNoun'],
    words: words('britain|great britain|northern ireland|donbas|donbass|the balkans|the gulf|the sahel|west bank|gaza strip|kashmir|oceania|australasia|melanesia|polynesia'),
  },
  {
    reason: 'Nationality adjectives compromise does not know: a nationality before a title is part of the role, never a name.',
    tag: ['Demonym', 'ProperNoun'],
    words: words(`british|finnish|swedish|danish|irish|spanish|turkish|kurdish|yemeni|somali|azerbaijani|moldovan|
      slovenian|montenegrin|maltese|cypriot|uzbek|tajik|kyrgyz|nepali|burmese|uruguayan|malian|tanzanian|
      mozambican|bahraini|scottish|welsh|english|flemish|luxembourgish`),
  },
  {
    reason: 'Regional and people\'s adjectives compromise does not know ("the Catalan fire service", "Bavarian police", "Punjabi farmers"): an adjective of where people come from, never a body or a person; not those that are surnames as often ("Breton", "Lombard", "Saxon") or open bodies\' own names ("Maori", "Inuit").',
    tag: ['Demonym', 'ProperNoun'],
    words: words(`catalan|basque|bavarian|andalusian|galician|corsican|sicilian|sardinian|tyrolean|cornish|walloon|
      quebecois|punjabi|bengali|kashmiri|pashtun|uyghur|tibetan|cantonese|hawaiian|floridian|alaskan|chechen|crimean|
      kosovar|rohingya|frisian|venetian|neapolitan|tuscan`),
  },
  {
    reason: 'Abbreviated titles compromise does not know as honorifics.',
    tag: ['Honorific', 'Person'],
    words: words('sen|rep|gov|supt|insp'),
  },
];

export const MATCH_RULES: readonly MatchRule[] = [
  {
    match: '(a|an) [#Acronym]',
    group: 0,
    tag: 'NewsNotOrg',
    reason: 'An indefinite article before an acronym marks a kind of thing ("a KAB bomb"), not an organisation.',
  },
  {
    match: '(presidents|leaders|prime ministers|ministers|senators|chancellors|generals|kings|queens) [#ProperNoun] and [#ProperNoun]',
    group: 0,
    tag: 'NewsNamedList',
    reason: 'A plural title before coordinated capitalised words ("Presidents X and Y") lists people.',
  },
  {
    match: '(presidents|leaders|prime ministers|ministers|senators|chancellors|generals|kings|queens) #ProperNoun and [#ProperNoun]',
    group: 0,
    tag: 'NewsNamedList',
    reason: 'The second name of a list headed by a plural title.',
  },
];

/** The plugin object in compromise's shape (tags, words); the match rules are swept separately per parse. */
export function compromisePlugin(): { tags: Record<string, { isA: string }>; words: Record<string, string | string[]>; model: { one: { abbreviations: Record<string, true> } } } {
  const lexicon: Record<string, string | string[]> = {};
  for (const group of WORD_GROUPS) {
    for (const word of group.words) {
      lexicon[word] = typeof group.tag === 'string' ? group.tag : [...group.tag];
    }
  }
  // The sentence splitter's own abbreviations, extended: "Smt." before a name ends no sentence.
  const abbreviations: Record<string, true> = {};
  for (const word of DOTTED_ABBREVIATIONS.words) {
    abbreviations[word] = true;
  }
  return { tags: { ...NEWS_TAGS }, words: lexicon, model: { one: { abbreviations } } };
}
