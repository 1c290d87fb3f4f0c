// Letters folded to plain Latin for comparing names across spellings: accents dropped by Unicode
// decomposition, and the letters that do not decompose ("Kalın", "Wałęsa", "Søren", "Straße") mapped by hand.

const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  þ: 'th', Þ: 'Th', ħ: 'h', Ħ: 'H',
};
const UNDECOMPOSED_LETTER = /[ıłŁøØđĐðÐßæÆœŒþÞħĦ]/g;

/** The text with diacritics removed and undecomposable letters spelt plainly (its length may change). */
export function foldLetters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(UNDECOMPOSED_LETTER, letter => UNDECOMPOSED[letter] ?? letter);
}
