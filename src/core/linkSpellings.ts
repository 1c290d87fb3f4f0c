// How two outlets may spell one person's name, as data: the spelling rules that make a name's comparison key
// (`translit`, applied to given names and surnames alike) and the vowel variants two given names may differ by.
// Each rule says why outlets differ so and gives pairs it must make one (`same`) and pairs it must keep apart
// (`apart`); test/unit/crossDocVariants.test.ts checks every pair. Keys are compared only between a person's
// given names and surnames, and link.ts asks the given names to agree as well as the surnames, so a rule here
// never joins two people on a surname alone.

/** One spelling rule of the comparison key: every match of `pattern` (on lower-case, folded words) becomes `to`. */
export interface SpellingRule {
  readonly id: string;
  readonly reason: string;
  readonly pattern: RegExp;
  readonly to: string;
  /** Word pairs the key must make one, and pairs it must keep apart (invented names). */
  readonly same: readonly (readonly [string, string])[];
  readonly apart: readonly (readonly [string, string])[];
}

/** Applied in order: later rules see the words earlier ones wrote. */
export const SPELLING_RULES: readonly SpellingRule[] = [
  {
    id: 'doubled-letters',
    reason: 'Transliterations double consonants or not at will (Arabic shadda, Slavic -yy): one letter stands for a run.',
    pattern: /(\p{L})\1+/gu,
    to: '$1',
    same: [['qassimi', 'qasimi'], ['zelavskyy', 'zelavsky'], ['marrouf', 'marouf']],
    apart: [['marek', 'mirek']],
  },
  {
    id: 'ou-as-u',
    reason: 'French-style romanisation writes "ou" where English-style writes "u" (Youssef / Yusuf, Qaddouri / Gadduri).',
    pattern: /ou/gu,
    to: 'u',
    same: [['yousef', 'yusef'], ['haddouri', 'hadduri']],
    apart: [['yusef', 'yasef']],
  },
  {
    id: 'dh-as-d',
    reason: 'Arabic dh (dhal) is written "dh", "d" or "dd" by different outlets (Qadhari / Gaddari).',
    pattern: /dh/gu,
    to: 'd',
    same: [['radhwan', 'radwan']],
    apart: [['radwan', 'rajwan']],
  },
  {
    id: 'q-as-k',
    reason: 'Arabic qaf is romanised "q", "k" or, as spoken in the Gulf and North Africa, "g" (Qadhari / Kadhari / Gaddari); '
      + 'an opening "g" is the same sound only there, so it is folded only at the start of a word.',
    pattern: /^[qg]|q/gu,
    to: 'k',
    same: [['qarmouti', 'garmouti'], ['qarmouti', 'karmouti'], ['tariq', 'tarik']],
    apart: [['sagal', 'sakal']],
  },
  {
    id: 'abd-article',
    reason: 'Arabic names "servant of X" join "Abd" and the article "al-", whose vowel outlets write a, e, u or o '
      + '(Abdullah / Abdallah / Abdellah, Abdulaziz / Abdelaziz): the article after "Abd" is one form.',
    pattern: /^abd[aeiou]l(?=\p{L})/u,
    to: 'abdal',
    same: [['abdullah', 'abdallah'], ['abdelaziz', 'abdulaziz'], ['abdolkarim', 'abdelkarim']],
    apart: [['abdelaziz', 'abdelkarim'], ['abdullah', 'abdulaziz']],
  },
  {
    id: 'final-ah-as-a',
    reason: 'The Arabic feminine ending (ta marbuta) is written "-a" or "-ah" (Hamza / Hamzah, Fatima / Fatimah): '
      + 'after a consonant a final "ah" is "a".',
    pattern: /(?<=[^aeiou])ah$/u,
    to: 'a',
    same: [['hamzah', 'hamza'], ['fatimah', 'fatima']],
    apart: [['hamza', 'hamzi']],
  },
  {
    id: 'ay-diphthong',
    reason: 'The Arabic diphthong ay is romanised "ay", "ai", "ei" or "ey" (Zaytoun / Zeitoun / Zaitoun, Husayn / Hussein): '
      + 'the four before a consonant or at the end are one.',
    pattern: /(?:ai|ei|ey)(?=[^aeiouy]|$)/gu,
    to: 'ay',
    same: [['zeitoun', 'zaytoun'], ['zaitoun', 'zaytoun'], ['hussein', 'husayn']],
    apart: [['zaytoun', 'zitoun']],
  },
  {
    id: 'i-before-vowel-as-y',
    reason: 'Ukrainian and Russian names are romanised with "i" or "y" before a vowel (Hnatiuk / Hnatyuk, Yuliia / Yulia): '
      + 'a consonant, "i", then a vowel reads as "y".',
    pattern: /(?<=[^aeiouy])i(?=[aeou])/gu,
    to: 'y',
    same: [['kovtiuk', 'kovtyuk'], ['valeriia', 'valerya']],
    apart: [['kovtiuk', 'kovtuk']],
  },
  {
    id: 'final-i-or-y',
    reason: 'The same ending is written -iy, -yi, -ij, -ii, -i or -y (Dmitri / Dmitry, Hrytsenkiy / Hrytsenky).',
    pattern: /(?:iy|yi|ij|ii|i|y)$/u,
    to: 'y',
    same: [['marchevskyi', 'marchevsky'], ['dmitri', 'dmitry'], ['osipovskiy', 'osipovsky']],
    apart: [['petrenko', 'petrenky']],
  },
];

/**
 * A spelling-tolerant key for transliterated names, so outlets' spellings meet ("Hrytsenkyy", "Hrytsenkiy",
 * "Hrytsenky"; "Dmitri", "Dmitry"; "Qaddouri", "Gadduri"; "Hnatiuk", "Hnatyuk"): the rules of SPELLING_RULES in order.
 */
export function translit(word: string): string {
  return SPELLING_RULES.reduce((key, rule) => key.replace(rule.pattern, rule.to), word);
}

/**
 * Vowels that transliterations of one given name write differently (Mohammed / Muhammad / Mohamed, Khalid / Khaled,
 * Yousef / Yusuf, Ahmed / Ahmad): a pair of letters, with why.
 */
export interface VowelVariant {
  readonly vowels: readonly [string, string];
  readonly reason: string;
}

export const VOWEL_VARIANTS: readonly VowelVariant[] = [
  { vowels: ['o', 'u'], reason: 'Arabic damma and Slavic unstressed o: Mohammed / Muhammad, Omar / Umar.' },
  { vowels: ['e', 'i'], reason: 'Arabic kasra: Khaled / Khalid, Ibrahem / Ibrahim.' },
  { vowels: ['e', 'a'], reason: 'Arabic fatha: Ahmed / Ahmad, Mohammed / Muhammad.' },
  { vowels: ['e', 'u'], reason: 'An unstressed second vowel: Yousef / Yusuf.' },
];

/** Fewest consonants a given name needs before its vowels may vary: short names differ by a vowel ("Dana" / "Dina"). */
export const MIN_CONSONANTS_FOR_VOWEL_VARIANTS = 3;

const VOWEL_RUN = /[aeiou]+/gu;

/** The name's consonant frame and its vowel runs ("mohamed" → m_h_m_d, [o, a, e]); y counts as a consonant. */
function frameOf(word: string): { frame: string; vowels: string[] } {
  return { frame: word.replace(VOWEL_RUN, '_'), vowels: word.match(VOWEL_RUN) ?? [] };
}

function vowelsVary(left: string, right: string): boolean {
  return left === right || VOWEL_VARIANTS.some(({ vowels: [one, other] }) => (left === one && right === other) || (left === other && right === one));
}

/**
 * Two spellings of one given name that differ only by vowels outlets transliterate differently: the same
 * consonants in the same places (after `translit`), at least MIN_CONSONANTS_FOR_VOWEL_VARIANTS of them, the same
 * final vowel if any (it often marks gender: "Mario" / "Maria"), and every differing vowel a listed variant.
 * "Muhammad" / "Mohammed" agree; "Darren" / "Doreen" (a / o) and "Marek" / "Mirek" (a / i) do not.
 */
export function vowelVariantsAgree(left: string, right: string): boolean {
  const mine = frameOf(translit(left)), theirs = frameOf(translit(right));
  if (mine.frame !== theirs.frame || mine.frame.replace(/_/g, '').length < MIN_CONSONANTS_FOR_VOWEL_VARIANTS) {
    return false;
  }
  const last = mine.frame.endsWith('_') ? mine.vowels.length - 1 : -1;
  return mine.vowels.every((vowel, at) => (at === last ? vowel === theirs.vowels[at] : vowelsVary(vowel, theirs.vowels[at])));
}
