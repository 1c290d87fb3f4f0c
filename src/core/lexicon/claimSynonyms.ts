// Words two outlets use for one thing in news reports of the same event, so the claim aligner can count them
// as one content word ("the envoy was shoved" / "the ambassador was assaulted"). Each group is a word list whose
// first word is the group's name; inflections need not be listed (the aligner compares stems). Only general news
// vocabulary belongs here: a word that often means something else in a news sentence ("case", "state",
// "charge") stays out, since joining it would align claims about different facts.
import { wordList, type WordList } from './wordList';

const group = (words: readonly string[], reason: string): WordList => wordList(`claim-synonyms:${words[0]}`, reason, words);

export const CLAIM_SYNONYM_GROUPS: readonly WordList[] = [
  group(['assault', 'attack', 'punch', 'push', 'shove', 'struck', 'hit', 'slap'],
    'physical force against a person: reports of one scuffle pick different verbs ("punched him", "pushed him", "assaulted him"); "strike" is a walkout\'s word in news (see the walkout group)'),
  group(['ambassador', 'envoy', 'diplomat'], 'a state\'s representative abroad, named by rank or by function'),
  group(['lawmaker', 'legislator', 'mp', 'mps', 'parliamentarian', 'congressman', 'congresswoman'],
    'members of a legislature, by the title of each country or by function'),
  group(['representative', 'rep'], 'a member of a lower house, by title or its abbreviation ("Rep. X" / "Representative X")'),
  group(['senator', 'sen'], 'a member of a senate, by title or its abbreviation'),
  group(['governor', 'gov'], 'the head of a state or province, by title or its abbreviation'),
  group(['premier', 'pm', 'prime minister'], 'the head of a government, abbreviated or by the older title'),
  group(['lawsuit', 'suit', 'litigation'], 'a case brought before a court, in full or short'),
  group(['complaint', 'complain', 'protest', 'objection'], 'a formal objection, as a noun or a verb'),
  group(['marijuana', 'cannabis', 'pot', 'weed'], 'the drug, in official and colloquial words'),
  group(['arrest', 'detain', 'detention', 'apprehend'], 'taking a person into custody'),
  group(['killed', 'kill', 'killing', 'dead', 'die', 'died', 'death', 'fatality', 'fatalities'], 'deaths in a toll, by verb, adjective or noun'),
  group(['injured', 'wounded', 'hurt', 'injury', 'injuries'], 'the injured in a toll, by verb or noun'),
  group(['reject', 'revoke', 'overturn', 'scrap', 'cancel', 'rescind', 'repeal'], 'a decision or deal undone'),
  group(['defeat', 'win', 'won', 'victory', 'elected'], 'winning a vote or a contest, told from the winner\'s or the loser\'s side'),
  group(['oust', 'unseat', 'topple'], 'removing someone from office'),
  group(['vote', 'ballot'], 'a decision taken by voting'),
  group(['police', 'officer', 'sheriff', 'cop', 'policeman', 'policemen'], 'law enforcement, by the force or its members'),
  group(['jail', 'prison', 'inmate', 'imprison', 'imprisoned'], 'prison and those held in it'),
  group(['cost', 'expense', 'spending', 'spend'], 'money spent'),
  group(['rise', 'rose', 'increase', 'jump', 'climb', 'grew', 'growth', 'surge', 'soar', 'gain', 'gained'],
    'a figure going up ("Corlan Bank gained 2.1%" / "Corlan Bank rose 2.2 per cent")'),
  group(['fall', 'fell', 'drop', 'decline', 'plunge', 'slump', 'slide', 'slid', 'tumble', 'sink', 'sank', 'shed'],
    'a figure going down ("Halder Homes slid 5 per cent" / "Halder Homes fell 4.8%", "shed nearly 3 per cent")'),
  group(['car', 'vehicle', 'automobile'], 'a motor vehicle'),
  group(['earthquake', 'quake', 'tremor'], 'a shaking of the ground, in full or short ("earthquake" in a lead, "quake" in a headline)'),
  group(['company', 'firm', 'corporation'], 'a business'),
  group(['child', 'children', 'kid', 'kids'], 'minors, in formal and plain words'),
  group(['nation', 'country'], 'a state, as a people or as a territory'),
  group(['bodyguard', 'guard'], 'a person protecting someone'),
  group(['shocked', 'stunned', 'surprised'], 'being taken aback'),
  group(['divided', 'split'], 'opinion in two camps ("analysts were divided" / "reaction was split")'),
  group(['strain', 'stress', 'burden'], 'a load put on people, budgets or institutions'),
  group(['finance', 'treasury', 'coffers', 'budget'], 'the money of a government or an institution'),
  // Round 23: the same fact in other words, kinds read on the invented development pairs (each group a general
  // family of news vocabulary, its inflections and derivations left to the stemmer; two-word entries match in any
  // inflection). On the 28 invented pairs they found 5 annotated pairs (walkout, resign, buyer, cut, sponsor, choose)
  // and 2 the annotation lacks (a headline's "quits" with "resigned"); the real pairs unchanged; on 200 cross-outlet
  // PolNeAR pairs "choose" added one pair (two polls' shares). Measured and left out: "pay" = "paid" (a pair of
  // other facts across outlets, none found) and "spent" with money spent ("spent more time" is no cost).
  // "strike" left the assault group for the walkout group: in news it is a walkout far more often than a blow.
  group(['walkout', 'walk out', 'strike', 'stoppage'],
    'workers stopping work, by the noun or the verb ("signal staff walked out on Monday" / "Monday\'s walkout by signal staff" / "the strike")'),
  group(['resign', 'quit', 'step down', 'stand down'],
    'leaving a post of one\'s own accord ("the harbour master quit on Friday" / "resigned with immediate effect", "stepped down")'),
  group(['buy', 'bought', 'buyer', 'purchase', 'acquire', 'acquisition', 'takeover'],
    'a purchase, by the buyer\'s verb or noun ("Corlan agreed to buy Velm Tools" / "the acquisition of Velm Tools", "Velm will be bought by Corlan")'),
  group(['marry', 'married', 'marriage', 'wed', 'wedding'],
    'a marriage, by the verb or the noun, whose stems differ ("they will marry in May" / "the wedding is set for May")'),
  group(['lawyer', 'counsel', 'attorney', 'solicitor'],
    'a party\'s legal representative, by the title of each country ("her counsel argued" / "her lawyer said"); not "advocate", which is as often a campaigner ("an advocate for children")'),
  group(['cut', 'reduce', 'reduction', 'slash', 'trim'],
    'making a sum or a number smaller ("the board cut the theatre\'s grant by a third" / "reduced its grant from 300,000 to 200,000")'),
  group(['approve', 'approval', 'ratify', 'ratification', 'endorse'],
    'a body saying yes to a text, a deal or a plan ("members ratified the contract" / "members approved the new contract")'),
  group(['demand', 'insist'],
    'asking for something as a condition ("staff will insist on a written promise" / "workers demand written guarantees")'),
  group(['swear', 'swore', 'sworn', 'oath'],
    'taking office by an oath ("she will be sworn in on Friday" / "she takes the oath on Friday")'),
  group(['choose', 'chose', 'chosen'], 'an irregular verb\'s forms, which the stemmer does not join ("the synod chose" / "the synod chooses")'),
  group(['sell', 'sold'], 'an irregular verb\'s forms ("the family sold the firm" / "the family will sell the firm")'),
  group(['seek', 'sought'], 'an irregular verb\'s forms ("the party sought a recount" / "the party seeks a recount")'),
  group(['flee', 'fled'], 'an irregular verb\'s forms ("residents fled the flood" / "residents were forced to flee")'),
  group(['sponsor', 'backer', 'funder', 'donor'],
    'who pays for something ("its largest private backer withdrew" / "its main sponsor pulled out")'),
];

/** One suffix rule of a derivational word family (CLAIM_FAMILY_SUFFIXES). */
export interface FamilySuffix {
  readonly id: string;
  /** Matches a word's base (lower case, inflection and a final "e" removed: "decision", "closur", "allowanc"). */
  readonly pattern: RegExp;
  /** What the match becomes: the base of the verb or adjective the word is derived from ("decid", "clos", "allow"). */
  readonly replacement: string;
  readonly reason: string;
  /** Word pairs of one family that only the rule joins: [derived word, its base word in another form]. */
  readonly examples: readonly (readonly [string, string])[];
}

/**
 * Round 25: a verb told as its noun ("the council decided" / "the council's decision", "the bridge was closed" / "the
 * bridge's closure") shares no comparison stem when the noun changes the verb's last letters within the first six
 * (claimWords' PREFIX): such a pair is not even a candidate. Each rule rewrites a derived word's ending to its base's,
 * a pattern over word shapes, not a word list; claimWords' familyOf applies the first that matches, and the aligner
 * joins two stems of one family only when the two articles use both (alignClaims' joinFamilies). Every base left
 * must keep four letters or more (the pattern says so), since shorter ones meet unrelated words ("portion" / "port",
 * "sentence" / "sent"). Left out, measured before: "-ment" ("movement" / "moved", round 11), "-y" ("policy" /
 * "police", "party" / "part"), "-ial" but after a vowel and "n" or "r" ("partial" / "party").
 */
export const CLAIM_FAMILY_SUFFIXES: readonly FamilySuffix[] = [
  {
    id: 'sion-from-d', pattern: /^(.{3,}[aio])sion$/, replacement: '$1d',
    reason: 'a verb ending in "-ide", "-ode" or "-ade" makes its noun in "-sion" ("decide" / "decision", "explode" / "explosion", "invade" / "invasion")',
    examples: [['decision', 'decided'], ['collision', 'collide'], ['explosion', 'exploded'], ['invasion', 'invading']],
  },
  {
    id: 'clusion-from-clude', pattern: /^(.{2,}(?:clu|tru))sion$/, replacement: '$1d',
    reason: 'a verb ending in "-clude" or "-trude" makes its noun in "-sion" ("include" / "inclusion", "intrude" / "intrusion"), unlike "confuse" / "confusion", which the stems join already',
    examples: [['inclusion', 'included'], ['exclusion', 'excluded']],
  },
  {
    id: 'mission-from-mit', pattern: /^(.*[^m]m)ission$/, replacement: '$1itt',
    reason: 'a verb ending in "-mit" makes its noun in "-mission" ("admitted" / "admission", "permitted" / "permission", "omitted" / "omission"): the noun meets the forms with the doubled "t" ("admitted", "admitting"), as reports tell the act in the past; not "commission", a body far more often than an act',
    examples: [['admission', 'admitted'], ['permission', 'permitted'], ['omission', 'omitted']],
  },
  {
    id: 'tion-from-t', pattern: /^(.{4,}t)ion$/, replacement: '$1',
    reason: 'a verb ending in "-t" or "-ate" makes its noun in "-tion" ("elect" / "election", "adopt" / "adoption", "donate" / "donation"); a base of four letters is left alone ("portion", "station", "faction")',
    examples: [['election', 'elected'], ['adoption', 'adopted'], ['eviction', 'evicted'], ['donation', 'donated'], ['eruption', 'erupted']],
  },
  {
    id: 'al-from-verb', pattern: /^(.{3,}[vsw])al$/, replacement: '$1',
    reason: 'a verb ending in "-ve", "-se" or "-w" makes its noun in "-al" ("arrive" / "arrival", "refuse" / "refusal", "renew" / "renewal")',
    examples: [['arrival', 'arrived'], ['removal', 'removed'], ['renewal', 'renewed'], ['refusal', 'refused']],
  },
  {
    id: 'ial-from-y', pattern: /^(.{1,}[aeiou][nr])ial$/, replacement: '$1i',
    reason: 'a verb ending in "-y" makes its noun in "-ial" ("denied" / "denial", "buried" / "burial"): the noun meets the forms whose "y" became "i"; only after a vowel and "n" or "r", since "partial" is no "party"',
    examples: [['denial', 'denied'], ['burial', 'buried']],
  },
  {
    id: 'ure-from-verb', pattern: /^(.{2,}(?:[^s]s|l|z))ur$/, replacement: '$1',
    reason: 'a verb ending in "-se", "-l" or "-ze" makes its noun in "-ure" ("close" / "closure", "fail" / "failure", "seize" / "seizure"); not after "ss" ("pressure" is no "press")',
    examples: [['closure', 'closed'], ['failure', 'failed'], ['seizure', 'seized'], ['exposure', 'exposed']],
  },
  {
    id: 'ance-from-verb', pattern: /^(.{5,})[ae]nc$/, replacement: '$1',
    reason: 'a verb makes its noun in "-ance" or "-ence" ("allow" / "allowance", "complied" / "compliance", "avoid" / "avoidance"); a base of five letters or more, since shorter ones meet other words ("sentence" / "sent", "violence" / "viol")',
    examples: [['allowance', 'allowed'], ['avoidance', 'avoided'], ['clearance', 'cleared']],
  },
];
