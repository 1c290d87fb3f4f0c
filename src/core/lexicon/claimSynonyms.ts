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
