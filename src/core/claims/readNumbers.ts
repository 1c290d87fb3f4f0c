// Reads the numbers of a claim as values with what they count: digits ("3,500 stores"), words ("a dozen
// officers", "two-thirds of the vote"), scaled figures ("1.6 million", "$4.5bn"), money, percentages, dates,
// years, ages ("a 39-year-old", "Ms. Arden, 58,", "in their 70s") and vote tallies ("121 to 58"). Each value is
// also an interval, so "more than 40" agrees with 43 and "nearly 26%" with 25.5%.
import type { Span } from '../model';
import {
  COUNTED_SYNONYMS, CURRENCY_SIGNS, CURRENCY_WORDS, FRACTION_WORDS, GROUP_WORDS, MONTHS, NOT_COUNTED, QUALIFIERS,
  SCALE_WORDS, UNIT_WORDS, WEEKDAYS,
} from './numberLexicon';

export type NumberKind = 'count' | 'money' | 'percent' | 'age' | 'year' | 'date' | 'tally';

export interface NumberReading extends Span {
  /** Exactly text.slice(start, end). */
  readonly text: string;
  /** The value: a number, or for dates and tallies a normalised string ("05-12", "monday", "121-58"). */
  readonly value: number | string;
  readonly kind: NumberKind;
  /** What it counts: a folded noun ("officer", "legislator"), or the kind with its unit ("percent", "money:USD", "age"). */
  readonly counts: string;
  /** The values the text allows: a qualifier ("more than", "nearly") widens a value into an interval. NaN for dates and tallies. */
  readonly low: number;
  readonly high: number;
  /** The figure's precision: 1 for "12", 0.1 for "1.6", 1e8 for "1.6 billion"; values are compared at the coarser one. */
  readonly step: number;
  /** The nearest name before the number in its clause ("Brightmart up 31 percent"), folded; '' when none. */
  readonly subject: string;
}

interface Token extends Span {
  readonly text: string;
  readonly lower: string;
}

const TOKEN = /[$€£¥₹]?\d(?:[\d,.]*\d)?(?:bn|mn|tn|m|k|b|s|%)?(?![\p{L}\d])|%|\p{L}+(?:[-'’]\p{L}+)*/gu;
const DIGITS = /^([$€£¥₹]?)(\d(?:[\d,.]*\d)?)(bn|mn|tn|m|k|b|s|%)?$/;
// 'police' is left out: in "12 police officers" the noun after it is what is counted.
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'cattle']);
/** Capitalised only because they open a sentence ("Since 2009", "Until 2020"): not the name of a label. */
const SENTENCE_OPENERS = new Set(['since', 'until', 'by', 'about', 'only', 'just', 'nearly', 'almost', 'some', 'all', 'about', 'during', 'through', 'until', 'within', 'between']);
const SUBJECT_STOPWORDS = new Set(['the', 'a', 'an', 'but', 'and', 'while', 'shares', 'share', 'in', 'on', 'at', 'of', 'it', 'its', 'he', 'she', 'they', 'i', 'we']);

function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** "officers" → "officer", "MPs" → "legislator": singular, folded through the synonym table. */
export function countedKey(word: string): string {
  const lower = word.toLowerCase();
  for (const group of COUNTED_SYNONYMS) {
    if (group.words.includes(lower)) {
      return group.key;
    }
  }
  const singular = lower.endsWith('ies') && lower.length > 4 ? lower.slice(0, -3) + 'y'
    : /(ches|shes|xes|sses)$/.test(lower) ? lower.slice(0, -2)
      : lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 2 ? lower.slice(0, -1) : lower;
  for (const group of COUNTED_SYNONYMS) {
    if (group.words.includes(singular)) {
      return group.key;
    }
  }
  return singular;
}

function isPlural(lower: string): boolean {
  return IRREGULAR_PLURALS.has(lower) || (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss'));
}

/** Words that can open a number written in words: checked first, since almost every token is not one. */
const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set(['a', 'one', 'dozen', ...Object.keys(UNIT_WORDS.values), ...Object.keys(FRACTION_WORDS.values)]);

/** A number written in words starting at token i: its value and how many tokens it takes. */
function wordNumberAt(tokens: readonly Token[], i: number): { value: number; length: number; share: boolean } | undefined {
  const word = tokens[i].lower;
  const hyphen = word.indexOf('-');
  if (!WORD_NUMBER_STARTS.has(word) && !(hyphen > 0 && WORD_NUMBER_STARTS.has(word.slice(0, hyphen)))) {
    return undefined;
  }
  const next = tokens[i + 1]?.lower;
  if (FRACTION_WORDS.values[word] !== undefined) {
    return { value: FRACTION_WORDS.values[word], length: 1, share: true };
  }
  if ((word === 'a' || word === 'one') && next && FRACTION_WORDS.values[`a-${next}`] !== undefined) {
    return { value: FRACTION_WORDS.values[`a-${next}`], length: 2, share: true };
  }
  if ((word === 'a' || word === 'one') && next && GROUP_WORDS.values[next] !== undefined && next !== 'score') {
    return { value: GROUP_WORDS.values[next], length: 2, share: false };
  }
  if (word === 'dozen') {
    return { value: 12, length: 1, share: false };
  }
  const [tens, unit] = word.split('-');
  const tensValue = UNIT_WORDS.values[tens];
  if (tensValue === undefined || (unit !== undefined && (tensValue < 20 || UNIT_WORDS.values[unit] === undefined || UNIT_WORDS.values[unit] > 9))) {
    return undefined;
  }
  let value = tensValue + (unit ? UNIT_WORDS.values[unit] : 0);
  let length = 1;
  if (next === 'hundred' || next === 'thousand') {
    value *= GROUP_WORDS.values[next];
    length = 2;
  }
  return { value, length, share: false };
}

interface RawNumber {
  readonly value: number;
  readonly first: number;
  readonly last: number;
  readonly currency: string;
  readonly percent: boolean;
  readonly scaled: number;
  readonly decade: boolean;
  readonly hasComma: boolean;
  readonly digits: boolean;
}

function digitsAt(tokens: readonly Token[], i: number): RawNumber | undefined {
  const m = DIGITS.exec(tokens[i].text);
  if (!m) {
    return undefined;
  }
  const [, sign, body, suffix] = m;
  if (body.endsWith('.') || /\.\d*\./.test(body)) {
    return undefined;
  }
  let value = Number(body.replace(/,/g, ''));
  let last = i;
  let scaled = 1;
  const scaleWord = suffix && suffix !== 's' && suffix !== '%' ? suffix : tokens[i + 1]?.lower;
  if (scaleWord && SCALE_WORDS.values[scaleWord] !== undefined && (suffix || scaleWord.length > 2 || sign)) {
    scaled = SCALE_WORDS.values[scaleWord];
    value *= scaled;
    last = suffix && suffix !== 's' && suffix !== '%' ? i : i + 1;
  }
  return {
    value, first: i, last, currency: sign ? CURRENCY_SIGNS[sign] ?? 'USD' : '', percent: suffix === '%', scaled,
    decade: suffix === 's' && /0$/.test(body), hasComma: body.includes(','), digits: true,
  };
}

function rawNumberAt(tokens: readonly Token[], i: number): RawNumber | undefined {
  const digits = digitsAt(tokens, i);
  if (digits) {
    return digits;
  }
  const words = wordNumberAt(tokens, i);
  if (!words) {
    return undefined;
  }
  let last = i + words.length - 1;
  let value = words.value;
  let scaled = 1;
  const scaleWord = tokens[last + 1]?.lower;
  if (scaleWord && ['million', 'billion', 'trillion'].includes(scaleWord)) {
    scaled = SCALE_WORDS.values[scaleWord];
    value *= scaled;
    last++;
  }
  return { value, first: i, last, currency: '', percent: words.share, scaled, decade: false, hasComma: false, digits: false };
}

function qualifierBefore(tokens: readonly Token[], first: number): { low: number; high: number } | undefined {
  const one = tokens[first - 1]?.lower;
  const two = first >= 2 ? `${tokens[first - 2].lower} ${one}` : '';
  return QUALIFIERS[two] ?? (one ? QUALIFIERS[one] : undefined);
}

function qualifierAfter(tokens: readonly Token[], last: number): { low: number; high: number } | undefined {
  const two = `${tokens[last + 1]?.lower ?? ''} ${tokens[last + 2]?.lower ?? ''}`;
  return two === 'or so' || two === 'or more' ? QUALIFIERS[two] : undefined;
}

/**
 * What a count counts: the first plural noun in the next few words ("12 police officers"), else the next word.
 * A comma or stop ends the search: what follows it starts another phrase ("won, 134 to 63, Mr. X's share").
 */
function countedAfter(tokens: readonly Token[], last: number, text: string): { key: string; last: number } | undefined {
  const hyphenated = /^-(\p{L}+(?:-\p{L}+)*)/u.exec(text.slice(tokens[last].end, tokens[last].end + 30));
  if (hyphenated) {
    return { key: countedKey(hyphenated[1].split('-').pop() ?? ''), last };
  }
  let fallback: { key: string; last: number } | undefined;
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) {
    const lower = tokens[j].lower;
    if (/\d/.test(lower) || /[,.;:!?]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) {
      break;
    }
    if (NOT_COUNTED.has(lower)) {
      if (j === last + 1) {
        return undefined;
      }
      break;
    }
    if (isPlural(lower)) {
      return { key: countedKey(lower), last: j };
    }
    fallback ??= { key: countedKey(lower), last: j };
  }
  return fallback;
}

function subjectBefore(tokens: readonly Token[], first: number, text: string): string {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    if (/[,;:—–(]/.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
      break;
    }
    const word = tokens[j].text;
    if (/^\p{Lu}/u.test(word) && !SUBJECT_STOPWORDS.has(tokens[j].lower) && !/\d/.test(word)) {
      return tokens[j].lower;
    }
  }
  return '';
}

/** A weekday, or a month with its day ("March 9", "9 March", "March 9, 2011"), starting at token i. */
function dateAt(tokens: readonly Token[], i: number): { value: string; last: number } | undefined {
  const token = tokens[i];
  if (!/^[\p{Lu}\d]/u.test(token.text)) {
    return undefined;
  }
  if (WEEKDAYS.has(token.lower)) {
    return { value: token.lower, last: i };
  }
  const dayFirst = /^\d{1,2}$/.test(token.text) && tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1].text) ? MONTHS[tokens[i + 1].lower] : undefined;
  if (dayFirst !== undefined && Number(token.text) >= 1 && Number(token.text) <= 31) {
    return { value: `${String(dayFirst).padStart(2, '0')}-${token.text.padStart(2, '0')}`, last: i + 1 };
  }
  const month = MONTHS[token.lower];
  const day = (t: Token | undefined): number | undefined => (t && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 ? Number(t.text) : undefined);
  if (month === undefined || day(tokens[i + 1]) === undefined) {
    return undefined;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  const year = tokens[i + 2] && /^\d{4}$/.test(tokens[i + 2].text) ? tokens[i + 2].text : '';
  return { value: `${year ? year + '-' : ''}${pad(month)}-${pad(day(tokens[i + 1]) ?? 1)}`, last: year ? i + 2 : i + 1 };
}

/** The interval a figure allows (a point unless a qualifier widens it; shares in words within a point) and its precision. */
function intervalOf(raw: RawNumber, text: string, qualifier?: { low: number; high: number }): { low: number; high: number; step: number } {
  const decimals = raw.digits ? (/\.(\d+)/.exec(text)?.[1].length ?? 0) : 0;
  const step = raw.scaled * 10 ** -decimals;
  const wordShare = raw.percent && !raw.digits ? 1 : 0;
  let low = raw.value - wordShare;
  let high = raw.value + wordShare;
  if (qualifier) {
    low = Math.min(low, raw.value * qualifier.low);
    high = Math.max(high, raw.value * qualifier.high);
  }
  return { low, high, step };
}

function reading(text: string, tokens: readonly Token[], first: number, last: number, fields: Pick<NumberReading, 'value' | 'kind' | 'counts' | 'low' | 'high' | 'step'>): NumberReading {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { start, end, text: text.slice(start, end), subject: subjectBefore(tokens, first, text), ...fields };
}

function isTimeOrCode(text: string, token: Token): boolean {
  return /[:/]\d/.test(text.slice(token.end, token.end + 2)) || /\d[:/-]$/.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^-\d/.test(text.slice(token.end, token.end + 2));
}

/** Reads one number starting at token i, or undefined; `next` is the index to continue from. */
function numberAt(text: string, tokens: readonly Token[], i: number): { reading: NumberReading; next: number } | undefined {
  const date = dateAt(tokens, i);
  if (date) {
    return { reading: reading(text, tokens, i, date.last, { value: date.value, kind: 'date', counts: 'date', low: NaN, high: NaN, step: 1 }), next: date.last + 1 };
  }
  const raw = rawNumberAt(tokens, i);
  if (!raw || (raw.digits && (isTimeOrCode(text, tokens[raw.first]) || isLabel(text, tokens, raw)))) {
    return undefined;
  }
  let first = raw.first;
  const last = raw.last;
  const before = qualifierBefore(tokens, first);
  const after = qualifierAfter(tokens, last);
  const qualifier = before ?? after;
  const figureText = text.slice(tokens[raw.first].start, tokens[raw.last].end);
  const make = (kind: NumberKind, counts: string, value: number | string, lastToken: number, interval = intervalOf(raw, figureText, qualifier)): { reading: NumberReading; next: number } => ({
    reading: reading(text, tokens, first, lastToken, { value, kind, counts, ...interval }), next: lastToken + 1,
  });
  if (before) {
    first = raw.first - (QUALIFIERS[`${tokens[raw.first - 2]?.lower} ${tokens[raw.first - 1]?.lower}`] ? 2 : 1);
  }
  const nextWord = tokens[last + 1]?.lower ?? '';
  // Vote tallies and scores: "121 to 58" reads as one figure.
  if (raw.digits && !raw.currency && nextWord === 'to' && tokens[last + 2] && /^\d+$/.test(tokens[last + 2].text) && tokens[raw.first - 1]?.lower !== 'from') {
    const other = tokens[last + 2];
    if (!countedAfter(tokens, last + 2, text)) {
      return make('tally', 'tally', `${raw.value}-${other.text}`, last + 2, { low: NaN, high: NaN, step: 1 });
    }
  }
  if (raw.decade) {
    const isAge = ['their', 'his', 'her', 'early', 'mid', 'late'].includes(tokens[first - 1]?.lower ?? '');
    return make(isAge ? 'age' : 'year', isAge ? 'age' : 'year', raw.value, last, { low: raw.value, high: raw.value + 9, step: 1 });
  }
  const currencyWord = CURRENCY_WORDS[nextWord];
  if (raw.currency || currencyWord) {
    const currency = raw.currency || currencyWord;
    return make('money', `money:${currency}`, raw.value, currencyWord ? last + 1 : last);
  }
  if (raw.percent || nextWord === 'percent' || (nextWord === 'per' && tokens[last + 2]?.lower === 'cent')) {
    const end = raw.percent && raw.digits ? last : nextWord === 'per' ? last + 2 : nextWord === 'percent' ? last + 1 : last;
    return make('percent', 'percent', raw.value, end);
  }
  if (/^-year-old/.test(text.slice(tokens[last].end, tokens[last].end + 9)) || ['aged', 'age'].includes(tokens[first - 1]?.lower ?? '')) {
    const hyphenEnd = /^-year-old/.test(text.slice(tokens[last].end, tokens[last].end + 9)) ? tokens.findIndex((t, k) => k > last && t.start >= tokens[last].end + 9) : last;
    return make('age', 'age', raw.value, hyphenEnd > last ? hyphenEnd - 1 : last);
  }
  if (isApposedAge(text, tokens, raw)) {
    return make('age', 'age', raw.value, last);
  }
  const counted = countedAfter(tokens, last, text);
  if (raw.digits && !raw.hasComma && raw.scaled === 1 && raw.value >= 1800 && raw.value <= 2100 && Number.isInteger(raw.value) && !counted?.key.match(/^(?:year|month|day)$/) && !(counted && isPlural(tokens[counted.last]?.lower ?? ''))) {
    return make('year', 'year', raw.value, last);
  }
  if (counted?.key === 'of' || tokens[last + 1]?.lower === 'of') {
    const later = findCountAfterOf(text, tokens, last);
    return make('count', later ?? 'count', raw.value, last);
  }
  return make('count', counted?.key ?? 'count', raw.value, last);
}

/** "16 of the 52 MPs": the first figure counts what the second counts. */
function findCountAfterOf(text: string, tokens: readonly Token[], last: number): string | undefined {
  for (let j = last + 2; j <= last + 4 && j < tokens.length; j++) {
    const raw = rawNumberAt(tokens, j);
    if (raw) {
      return countedAfter(tokens, raw.last, text)?.key;
    }
  }
  const noun = countedAfter(tokens, ['the', 'their', 'its', 'his', 'her'].includes(tokens[last + 2]?.lower ?? '') ? last + 2 : last + 1, text);
  return noun?.key;
}

/** "Article 5", "Flight 17", "Section 230": a bare number right after a capitalised word mid-claim names, not counts. */
function isLabel(text: string, tokens: readonly Token[], raw: RawNumber): boolean {
  const before = tokens[raw.first - 1];
  const next = tokens[raw.last + 1]?.lower ?? '';
  const counted = countedAfter(tokens, raw.last, text);
  if (next === 'percent' || next === 'per' || CURRENCY_WORDS[next] || (counted && isPlural(tokens[counted.last]?.lower ?? ''))) {
    return false;
  }
  return !!before && !raw.currency && !raw.percent && /^\p{Lu}\p{Ll}*$/u.test(before.text) && MONTHS[before.lower] === undefined
    && !NOT_COUNTED.has(before.lower) && !SUBJECT_STOPWORDS.has(before.lower) && QUALIFIERS[before.lower] === undefined && !SENTENCE_OPENERS.has(before.lower)
    && /^ $/.test(text.slice(before.end, tokens[raw.first].start));
}

/** "Ms. Arden, 58, of Leeds": a number alone between commas right after a capitalised name is an age. */
function isApposedAge(text: string, tokens: readonly Token[], raw: RawNumber): boolean {
  const token = tokens[raw.first];
  const before = tokens[raw.first - 1];
  return raw.digits && raw.first === raw.last && /^\d{1,3}$/.test(token.text) && Number(token.text) >= 15 && Number(token.text) <= 110
    && !!before && /^\p{Lu}/u.test(before.text) && /^,\s*$/.test(text.slice(before.end, token.start)) && /^\s*[,)]/.test(text.slice(token.end, token.end + 2));
}

/** The numbers in span (the whole text when absent), in order, with absolute offsets. */
export function readNumbers(text: string, span: Span = { start: 0, end: text.length }): NumberReading[] {
  const tokens = tokenize(text, span);
  const out: NumberReading[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = numberAt(text, tokens, i);
    if (found) {
      out.push(found.reading);
      i = Math.max(found.next, i + 1);
    } else {
      i++;
    }
  }
  return out;
}
