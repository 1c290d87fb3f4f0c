// Words two outlets use for one thing in news reports of the same event, so the claim aligner can count them
// as one content word ("the envoy was shoved" / "the ambassador was assaulted"). Each group is a word list whose
// first word is the group's name; inflections need not be listed (the aligner compares stems). Only general news
// vocabulary belongs here: a word that often means something else in a news sentence ("case", "state",
// "charge") stays out, since joining it would align claims about different facts.
import { wordList, type WordList } from './wordList';

const group = (words: readonly string[], reason: string): WordList => wordList(`claim-synonyms:${words[0]}`, reason, words);

export const CLAIM_SYNONYM_GROUPS: readonly WordList[] = [
  group(['assault', 'attack', 'punch', 'push', 'shove', 'struck', 'strike', 'hit', 'slap'],
    'physical force against a person: reports of one scuffle pick different verbs ("punched him", "pushed him", "assaulted him")'),
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
  group(['rise', 'rose', 'increase', 'jump', 'climb', 'grew', 'growth', 'surge', 'soar'], 'a figure going up'),
  group(['fall', 'fell', 'drop', 'decline', 'plunge', 'slump'], 'a figure going down'),
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
];
