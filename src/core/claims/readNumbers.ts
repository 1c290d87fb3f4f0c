// Reads the numbers of a claim as values with what they count: digits ("3,500 stores"), words ("a dozen
// officers", "two-thirds of the vote"), scaled figures ("1.6 million", "$4.5bn"), money, percentages, dates,
// years, ages ("a 39-year-old", "Ms. Arden, 58,", "in their 70s") and vote tallies ("121 to 58"). Each value is
// also an interval, so "more than 40" agrees with 43 and "nearly 26%" with 25.5%, and has a scope ("the first two
// overs", "12 hours earlier"), so figures of different stretches are not compared.
import type { Span } from '../model';
import {
  AGE_CUES, COUNT_MEASURES, COUNT_MEASURE_SKIPPED, COUNTED_SYNONYMS, FIGURE_MEASURES, FIGURE_MEASURE_LINKS, FIGURE_TARGET_WORDS, HOLDER_SKIPPED, HOLDING_VERBS, CURRENCY_SIGNS, CURRENCY_WORDS, DECADE_AGE_CUES, FRACTION_WORDS, GROUP_WORDS, IRREGULAR_PLURALS,
  MONTHS, NOT_COUNTED, OF_DETERMINERS, QUALIFIERS, SCALE_WORDS, SENTENCE_OPENERS, SPAN_AFTER_WORDS, SPAN_BEFORE_WORDS,
  SPAN_WITHIN_WORDS, STRETCH_AHEAD_WORDS, STRETCH_END_WORDS, STRETCH_START_WORDS, SUBJECT_STOPWORDS, TIME_UNITS, UNIT_WORDS,
  WEEKDAYS, WORD_NUMBER_STARTS, WORD_SCALES, type FigureMeasure, type Qualifier,
} from '../lexicon/numbers';
import { RELATIVE_PRONOUNS } from '../lexicon/quotes';
import { firstRule, ruleTable } from '../rules/ruleTable';

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
  /** The nearest name before the number in its clause ("Brightmart up 31 percent"), or whose age it is ("Jo Marr, 34,"), folded; '' when none. */
  readonly subject: string;
  /** The stretch a count measures (FIGURE_SCOPES: "first", "last", "next", "within", "before", "after"); '' for a plain figure. */
  readonly scope: string;
  /**
   * What a sum or a share measures (FIGURE_MEASURES: "funding", "valuation", "revenue", "fine" …), or what happened
   * to the people a count counts (COUNT_MEASURES: "hurt", "dead", "arrested" …); '' when the words around it do not say.
   */
  readonly measure: string;
  /** A target, forecast or hope ("aims to raise $50m"), not what happened (FIGURE_TARGET_WORDS). */
  readonly target: boolean;
}

/** A word or figure of the claim as the number reader walks it: its span, its text, and the text in lower case. */
interface NumberWord extends Span {
  readonly text: string;
  readonly lower: string;
}

const TOKEN = /[$€£¥₹]?\d(?:[\d,.]*\d)?(?:bn|mn|tn|m|k|b|s|%)?(?![\p{L}\d])|%|\p{L}+(?:[-'’]\p{L}+)*/gu;
const DIGITS = /^([$€£¥₹]?)(\d(?:[\d,.]*\d)?)(bn|mn|tn|m|k|b|s|%)?$/;
function tokenize(text: string, span: Span): NumberWord[] {
  const out: NumberWord[] = [];
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

/** A number written in words: its value, how many words it takes, and whether it is a share ("two-thirds"). */
interface WordNumber {
  readonly value: number;
  readonly length: number;
  readonly share: boolean;
}

/** A share in words: "two-thirds", "half", "a quarter". */
function shareInWords(word: string, next: string | undefined): WordNumber | undefined {
  if (FRACTION_WORDS.values[word] !== undefined) {
    return { value: FRACTION_WORDS.values[word], length: 1, share: true };
  }
  if ((word === 'a' || word === 'one') && next && FRACTION_WORDS.values[`a-${next}`] !== undefined) {
    return { value: FRACTION_WORDS.values[`a-${next}`], length: 2, share: true };
  }
  return undefined;
}

/** A group word: "a dozen", "a hundred", "dozen" ("a score of" is left out: "score" is mostly the result). */
function groupInWords(word: string, next: string | undefined): WordNumber | undefined {
  if ((word === 'a' || word === 'one') && next && GROUP_WORDS.values[next] !== undefined && next !== 'score') {
    return { value: GROUP_WORDS.values[next], length: 2, share: false };
  }
  return word === 'dozen' ? { value: 12, length: 1, share: false } : undefined;
}

/** A cardinal: "six", "forty-five", "three hundred". */
function cardinalInWords(word: string, next: string | undefined): WordNumber | undefined {
  const [tens, unit] = word.split('-');
  const tensValue = UNIT_WORDS.values[tens];
  if (tensValue === undefined || (unit !== undefined && (tensValue < 20 || UNIT_WORDS.values[unit] === undefined || UNIT_WORDS.values[unit] > 9))) {
    return undefined;
  }
  const value = tensValue + (unit ? UNIT_WORDS.values[unit] : 0);
  return next === 'hundred' || next === 'thousand' ? { value: value * GROUP_WORDS.values[next], length: 2, share: false } : { value, length: 1, share: false };
}

/** A number written in words starting at word i: its value and how many words it takes. */
function wordNumberAt(words: readonly NumberWord[], i: number): WordNumber | undefined {
  const word = words[i].lower;
  const hyphen = word.indexOf('-');
  if (!WORD_NUMBER_STARTS.has(word) && !(hyphen > 0 && WORD_NUMBER_STARTS.has(word.slice(0, hyphen)))) {
    return undefined;
  }
  const next = words[i + 1]?.lower;
  return shareInWords(word, next) ?? groupInWords(word, next) ?? cardinalInWords(word, next);
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

function digitsAt(tokens: readonly NumberWord[], i: number): RawNumber | undefined {
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

function rawNumberAt(tokens: readonly NumberWord[], i: number): RawNumber | undefined {
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
  if (scaleWord && WORD_SCALES.has(scaleWord)) {
    scaled = SCALE_WORDS.values[scaleWord];
    value *= scaled;
    last++;
  }
  return { value, first: i, last, currency: '', percent: words.share, scaled, decade: false, hasComma: false, digits: false };
}

function qualifierBefore(tokens: readonly NumberWord[], first: number): Qualifier | undefined {
  const one = tokens[first - 1]?.lower;
  const two = first >= 2 ? `${tokens[first - 2].lower} ${one}` : '';
  return QUALIFIERS[two] ?? (one ? QUALIFIERS[one] : undefined);
}

function qualifierAfter(tokens: readonly NumberWord[], last: number): Qualifier | undefined {
  const two = `${tokens[last + 1]?.lower ?? ''} ${tokens[last + 2]?.lower ?? ''}`;
  return two === 'or so' || two === 'or more' ? QUALIFIERS[two] : undefined;
}

/**
 * What a count counts: the first plural noun in the next few words ("12 police officers"), else the next word.
 * A comma or stop ends the search: what follows it starts another phrase ("won, 134 to 63, Mr. X's share").
 */
function countedAfter(tokens: readonly NumberWord[], last: number, text: string): { key: string; last: number } | undefined {
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

/**
 * The index of the last word before a parenthesised aside that closes right after word j ("Vardo Bank (VB.L) rose
 * 2%": a ticker, a party tag, an abbreviation), or j when none closes there: the aside names no subject of its own.
 */
function beforeAside(tokens: readonly NumberWord[], j: number, text: string): number {
  if (!/^[^\p{L}\p{N}]*\)/u.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
    return j;
  }
  let k = j;
  while (k >= 0 && !text.slice(tokens[k - 1]?.end ?? 0, tokens[k].start).includes('(')) {
    k--;
  }
  return k > 0 && /^\s*\($/.test(text.slice(tokens[k - 1].end, tokens[k].start)) ? k - 1 : j;
}

function subjectBefore(tokens: readonly NumberWord[], first: number, text: string): string {
  for (let j = first - 1, seen = 0; j >= 0 && seen < 4; j--, seen++) {
    const outside = beforeAside(tokens, j, text);
    if (outside !== j) {
      j = outside;
    } else if (/[,;:—–(]/.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
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
function dateAt(tokens: readonly NumberWord[], i: number): { value: string; last: number } | undefined {
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
  const day = (word: NumberWord | undefined): number | undefined => (word && /^\d{1,2}$/.test(word.text) && Number(word.text) >= 1 && Number(word.text) <= 31 ? Number(word.text) : undefined);
  if (month === undefined || day(tokens[i + 1]) === undefined) {
    return undefined;
  }
  const pad = (part: number): string => String(part).padStart(2, '0');
  const year = tokens[i + 2] && /^\d{4}$/.test(tokens[i + 2].text) ? tokens[i + 2].text : '';
  return { value: `${year ? year + '-' : ''}${pad(month)}-${pad(day(tokens[i + 1]) ?? 1)}`, last: year ? i + 2 : i + 1 };
}

/**
 * What the last written digit of a figure in digits stands for: 10 for "780", 1,000 for "2,000", 50 for "1,150",
 * 0.1 for "1.2", 5e8 for "4.5bn" (a last digit 5 rounds to a half of the next place up).
 */
function roundingUnit(raw: RawNumber, text: string): number {
  const body = /\d(?:[\d,.]*\d)?/.exec(text)?.[0].replace(/,/g, '') ?? '';
  const [whole, decimals = ''] = body.split('.');
  const digits = decimals ? `${whole}${decimals}` : whole;
  const trailingZeros = decimals ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0) % whole.length;
  const place = decimals ? 10 ** -decimals.length : 10 ** trailingZeros;
  const lastDigit = digits.replace(/0+$/, '').slice(-1);
  return raw.scaled * place * (lastDigit === '5' ? 5 : 1);
}

/** The interval a figure allows (a point unless a qualifier widens it; shares in words within a point) and its precision. */
function intervalOf(raw: RawNumber, text: string, qualifier?: Qualifier): { low: number; high: number; step: number } {
  const decimals = raw.digits ? (/\.(\d+)/.exec(text)?.[1].length ?? 0) : 0;
  const step = raw.scaled * 10 ** -decimals;
  const wordShare = raw.percent && !raw.digits ? 1 : 0;
  let low = raw.value - wordShare;
  let high = raw.value + wordShare;
  if (qualifier) {
    // An estimate in digits stays within its own rounding ("about 780": 775–785), at most the qualifier's tenth.
    const half = qualifier.rounded && raw.digits ? roundingUnit(raw, text) / 2 : Infinity;
    low = Math.min(low, Math.max(raw.value * qualifier.low, raw.value - half));
    high = Math.max(high, Math.min(raw.value * qualifier.high, raw.value + half));
  }
  return { low, high, step };
}

function reading(text: string, tokens: readonly NumberWord[], first: number, last: number,
  figure: Pick<NumberReading, 'value' | 'kind' | 'counts' | 'low' | 'high' | 'step'> & { readonly subject?: string; readonly holder?: string; readonly scope?: string; readonly counted?: number }): NumberReading {
  const { counted, ...fields } = figure;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const measured = fields.kind === 'money' || fields.kind === 'percent';
  const count = fields.kind === 'count' ? countMeasured(tokens, { first, last, counted }, text, fields.counts) : undefined;
  return {
    start, end, text: text.slice(start, end), ...fields, counts: count?.counts ?? fields.counts,
    subject: fields.subject ?? (subjectBefore(tokens, first, text) || (fields.holder ?? '')), scope: fields.scope ?? '',
    measure: count?.measure ?? (measured ? measureOf(tokens, first, last, text) : ''), target: measured && isTarget(tokens, first, text),
  };
}

/**
 * What a count measures (COUNT_MEASURES) and what it counts once that is known. A counted noun that names the
 * measure ("12 arrests", "1,300 injured") counts people hurt, arrested …; else the verb after the count and what it
 * counts, past auxiliaries ("40 people were hurt", "43 were injured": people, though no noun says so); else the
 * nearest measure word before the count in its clause ("killed four people"), else after it.
 */
function countMeasured(tokens: readonly NumberWord[], at: { readonly first: number; readonly last: number; readonly counted?: number }, text: string, counts: string): { readonly measure: string; readonly counts: string } {
  const named = measureOfEntry(counts, COUNT_MEASURES);
  if (named) {
    return { measure: named, counts: 'person' };
  }
  const told = countVerbAfter(tokens, at.counted ?? at.last, text);
  if (told) {
    return { measure: told, counts: counts === 'count' ? 'person' : counts };
  }
  return { measure: measureBefore(tokens, at.first, text, COUNT_MEASURES) || measureAfter(tokens, at.last, text, COUNT_MEASURES), counts };
}

/** The measure word right after word j in its clause, past auxiliaries and adverbs ("were", "still", "seriously"), or ''. */
function countVerbAfter(tokens: readonly NumberWord[], j: number, text: string): string {
  let k = j + 1;
  while (k < tokens.length && !clauseEndsAfter(tokens, k - 1, text) && COUNT_MEASURE_SKIPPED.has(tokens[k].lower)) {
    k++;
  }
  return k < tokens.length && !clauseEndsAfter(tokens, k - 1, text) ? measureOfEntry(tokens[k].lower, COUNT_MEASURES) : '';
}

/** How far from a figure, within its clause, the words that say what it measures are looked for. */
const MEASURE_REACH = 6;

/** The measure of a lexicon entry, or ''. */
function measureOfEntry(entry: string, measures: readonly FigureMeasure[] = FIGURE_MEASURES): string {
  return measures.find(measure => measure.words.has(entry))?.id ?? '';
}

/** The measure word j names, reading a two-word entry with the word before it first ("asking price"). */
function measureNamed(tokens: readonly NumberWord[], j: number, measures: readonly FigureMeasure[]): string {
  return (j > 0 ? measureOfEntry(`${tokens[j - 1].lower} ${tokens[j].lower}`, measures) : '') || measureOfEntry(tokens[j].lower, measures);
}

/** True when a clause ends between word j and the next one: a comma, a stop, a dash, a bracket, or the text's end. */
function clauseEndsAfter(tokens: readonly NumberWord[], j: number, text: string): boolean {
  return !tokens[j + 1] || /[,;:.!?—–()]/.test(text.slice(tokens[j].end, tokens[j + 1].start));
}

/**
 * What a sum or a share measures (FIGURE_MEASURES): the noun right after it ("$2m in compensation", "a 4% pay rise"),
 * else the nearest measure word before it, else after it, within its clause: in "raised $40m at a valuation of
 * $300m" the first sum is the funding and the second the valuation.
 */
function measureOf(tokens: readonly NumberWord[], first: number, last: number, text: string): string {
  return measureRightAfter(tokens, last, text) || measureBefore(tokens, first, text) || measureAfter(tokens, last, text);
}

/** The noun that names a figure right after it, past "in" or "of" ("$2m in compensation", "a 4% pay rise"), or ''. */
function measureRightAfter(tokens: readonly NumberWord[], last: number, text: string): string {
  if (clauseEndsAfter(tokens, last, text)) {
    return '';
  }
  let j = last + 1;
  if (FIGURE_MEASURE_LINKS.has(tokens[j].lower)) {
    if (clauseEndsAfter(tokens, j, text)) {
      return '';
    }
    j++;
  }
  const phrase = clauseEndsAfter(tokens, j, text) ? '' : measureOfEntry(`${tokens[j].lower} ${tokens[j + 1].lower}`);
  return phrase || measureOfEntry(tokens[j].lower);
}

function measureBefore(tokens: readonly NumberWord[], first: number, text: string, measures: readonly FigureMeasure[] = FIGURE_MEASURES): string {
  for (let j = first - 1; j >= 0 && j >= first - MEASURE_REACH && !clauseEndsAfter(tokens, j, text); j--) {
    const named = measureNamed(tokens, j, measures);
    if (named) {
      return named;
    }
  }
  return '';
}

function measureAfter(tokens: readonly NumberWord[], last: number, text: string, measures: readonly FigureMeasure[] = FIGURE_MEASURES): string {
  for (let j = last + 1; j < tokens.length && j <= last + MEASURE_REACH && !clauseEndsAfter(tokens, j - 1, text); j++) {
    const named = measureNamed(tokens, j, measures);
    if (named) {
      return named;
    }
  }
  return '';
}

/** A target word before the figure in its clause ("aims to raise $50m", "a target of 5%"). */
function isTarget(tokens: readonly NumberWord[], first: number, text: string): boolean {
  for (let j = first - 1; j >= 0 && j >= first - MEASURE_REACH - 2 && !clauseEndsAfter(tokens, j, text); j--) {
    if (FIGURE_TARGET_WORDS.has(tokens[j].lower)) {
      return true;
    }
  }
  return false;
}

/**
 * A clock time written with a dot or a zone ("10.42am", "9.15 a.m.", "14.05 GMT"): a live blog's time stamp, which
 * says when an entry was posted, not what it counts; read as a figure, two entries posted at 11.05 shared "11".
 */
const CLOCK_TIME = /^\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m|[ap]\.m\.)(?![\p{L}\d])|^\d{1,2}[.:]\d{2}\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)\b/iu;

function isTimeOrCode(text: string, token: NumberWord): boolean {
  return CLOCK_TIME.test(text.slice(token.start, token.start + 16)) || /[:/]\d/.test(text.slice(token.end, token.end + 2)) || /\d[:/-]$/.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^-\d/.test(text.slice(token.end, token.end + 2));
}

/** What a figure is: its kind, what it counts, its value, its last word, and its interval when not the figure's own. */
interface Figure {
  readonly kind: NumberKind;
  readonly counts: string;
  readonly value: number | string;
  readonly last: number;
  readonly interval?: { readonly low: number; readonly high: number; readonly step: number };
  /** The word of what a count counts ("officers" in "12 police officers"), when found. */
  readonly counted?: number;
  /** Whose figure it is when the words say so better than the nearest name (an apposed age's name). */
  readonly subject?: string;
  /** Whose part of a total it is when no name is nearer ("the coalition has 48 of the 90 seats"). */
  readonly holder?: string;
}

/** Dates and tallies have no interval. */
const NO_INTERVAL = { low: NaN, high: NaN, step: 1 };

/** Vote tallies and scores: "121 to 58" reads as one figure (not "from 121 to 58", nor "5 to 10 officers"). */
function tallyAt(text: string, words: readonly NumberWord[], raw: RawNumber): Figure | undefined {
  const other = words[raw.last + 2];
  if (!raw.digits || raw.currency || words[raw.last + 1]?.lower !== 'to' || !other || !/^\d+$/.test(other.text) || words[raw.first - 1]?.lower === 'from') {
    return undefined;
  }
  return countedAfter(words, raw.last + 2, text) ? undefined : { kind: 'tally', counts: 'tally', value: `${raw.value}-${other.text}`, last: raw.last + 2, interval: NO_INTERVAL };
}

/** "the 1990s" is ten years; "in their 70s" an age. */
function decadeAt(words: readonly NumberWord[], raw: RawNumber, first: number): Figure | undefined {
  if (!raw.decade) {
    return undefined;
  }
  const kind = DECADE_AGE_CUES.has(words[first - 1]?.lower ?? '') ? 'age' : 'year';
  return { kind, counts: kind, value: raw.value, last: raw.last, interval: { low: raw.value, high: raw.value + 9, step: 1 } };
}

/** "$4.5bn", "500 euros". */
function moneyAt(words: readonly NumberWord[], raw: RawNumber): Figure | undefined {
  const currencyWord = CURRENCY_WORDS[words[raw.last + 1]?.lower ?? ''];
  const currency = raw.currency || currencyWord;
  return currency ? { kind: 'money', counts: `money:${currency}`, value: raw.value, last: currencyWord ? raw.last + 1 : raw.last } : undefined;
}

/** "31%", "31 percent", "31 per cent", "two-thirds". */
function percentAt(words: readonly NumberWord[], raw: RawNumber): Figure | undefined {
  const nextWord = words[raw.last + 1]?.lower ?? '';
  if (!raw.percent && nextWord !== 'percent' && !(nextWord === 'per' && words[raw.last + 2]?.lower === 'cent')) {
    return undefined;
  }
  const last = raw.percent && raw.digits ? raw.last : nextWord === 'per' ? raw.last + 2 : nextWord === 'percent' ? raw.last + 1 : raw.last;
  return { kind: 'percent', counts: 'percent', value: raw.value, last };
}

/** "a 39-year-old", "aged 58", "Ms. Arden, 58,". */
function ageAt(text: string, words: readonly NumberWord[], raw: RawNumber, first: number): Figure | undefined {
  const last = raw.last;
  const age = (lastWord: number): Figure => ({ kind: 'age', counts: 'age', value: raw.value, last: lastWord });
  if (/^-year-old/.test(text.slice(words[last].end, words[last].end + 9))) {
    const after = words.findIndex((word, k) => k > last && word.start >= words[last].end + 9);
    return age(after > last ? after - 1 : last);
  }
  if (isApposedAge(text, words, raw)) {
    // "Jo Marr, 34, a nurse": the age is the name's, though a comma stands between them.
    return { ...age(last), subject: words[raw.first - 1].lower };
  }
  return AGE_CUES.has(words[first - 1]?.lower ?? '') ? age(last) : undefined;
}

/** A year ("in 2012"), or a count with what it counts ("12 police officers", "16 of the 52 MPs"). */
function yearOrCountAt(text: string, words: readonly NumberWord[], raw: RawNumber): Figure {
  const last = raw.last;
  const counted = countedAfter(words, last, text);
  const countsTime = !!counted?.key.match(/^(?:year|month|day)$/);
  if (raw.digits && !raw.hasComma && raw.scaled === 1 && raw.value >= 1800 && raw.value <= 2100 && Number.isInteger(raw.value) && !countsTime && !(counted && isPlural(words[counted.last]?.lower ?? ''))) {
    return { kind: 'year', counts: 'year', value: raw.value, last };
  }
  const part = counted?.key === 'of' || words[last + 1]?.lower === 'of';
  const counts = part ? findCountAfterOf(text, words, last) : counted?.key;
  return { kind: 'count', counts: counts ?? 'count', value: raw.value, last, counted: counted?.last, holder: part ? holderBefore(text, words, raw.first) : undefined };
}

/**
 * The holder of a part of a total: the subject of the verb right before it ("the coalition has 48 of the 90
 * seats"; "the Vardo Party, which holds 19 of them": across the relative pronoun to the name before its comma). '' when none.
 */
function holderBefore(text: string, words: readonly NumberWord[], first: number): string {
  let j = first - 1;
  while (j >= 0 && HOLDER_SKIPPED.has(words[j].lower)) {
    j--;
  }
  if (j < 1 || !HOLDING_VERBS.has(words[j].lower)) {
    return '';
  }
  j--;
  while (j >= 0 && HOLDER_SKIPPED.has(words[j].lower)) {
    j--;
  }
  if (j >= 1 && RELATIVE_PRONOUNS.has(words[j].lower) && /^\s*,\s*$/.test(text.slice(words[j - 1].end, words[j].start))) {
    j--;
  }
  const holder = words[j];
  return holder && !/\d/.test(holder.text) && !SUBJECT_STOPWORDS.has(holder.lower) && !NOT_COUNTED.has(holder.lower) ? holder.lower : '';
}

/**
 * A range, "between 20 and 30 people", "20 to 30 people", "two to three weeks": one figure whose interval is the
 * range, so any value in it agrees and "30 people" is not read alone against "25 people". Not "from 20 to 30" (a
 * change), nor a tally ("121 to 58", read first); the second value must be the larger, and says what both count.
 */
function rangeAt(text: string, words: readonly NumberWord[], raw: RawNumber): { reading: NumberReading; next: number; scopeContext?: FigureScopeContext } | undefined {
  const link = words[raw.last + 1]?.lower;
  const between = words[raw.first - 1]?.lower === 'between';
  if (!(link === 'to' || (link === 'and' && between)) || words[raw.first - 1]?.lower === 'from' || !words[raw.last + 2]) {
    return undefined;
  }
  const upper = numberAt(text, words, raw.last + 2);
  // "two to three million": the lower end takes the upper's scale.
  const lowest = raw.value * (raw.scaled === 1 ? rawNumberAt(words, raw.last + 2)?.scaled ?? 1 : 1);
  // A range's ends are alike: "1.4% to 84.20" is a change and a level, "fell 3 to 84" likely one too (upper at most ten times the lower).
  const unlike = (raw.percent && upper?.reading.kind !== 'percent') || (!!raw.currency && upper?.reading.kind !== 'money');
  if (!upper || unlike || typeof upper.reading.value !== 'number' || !(upper.reading.value > lowest) || upper.reading.value > 10 * lowest
    || upper.reading.kind === 'year' || upper.reading.kind === 'tally') {
    return undefined;
  }
  const first = between ? raw.first - 1 : raw.first;
  const scopeContext = upper.scopeContext && { ...upper.scopeContext, before: words[first - 1]?.lower ?? '' };
  const scope = upper.reading.kind === 'count' && scopeContext ? firstRule(FIGURE_SCOPES, scopeContext)?.outcome ?? '' : '';
  const start = words[first].start;
  const low = Math.min(lowest, upper.reading.low);
  return {
    reading: { ...upper.reading, start, text: text.slice(start, upper.reading.end), value: lowest, low, scope, subject: subjectBefore(words, first, text) },
    next: upper.next, scopeContext,
  };
}

/** What FIGURE_SCOPES reads of a count: the word right before it, the word right after what it counts, and whether that is time. */
export interface FigureScopeContext {
  readonly before: string;
  readonly after: string;
  readonly time: boolean;
}

/**
 * The stretch a count measures, as data: the first rule that fires gives the scope. Two counts of the same thing
 * with different scopes are different stretches ("the first two overs" and "the last five overs"; "within two
 * hours" of a landing and "12 hours earlier" than it), so compareNumbers never calls them a conflict.
 */
export const FIGURE_SCOPES = ruleTable<FigureScopeContext, string>({
  id: 'figure-scopes',
  reason: 'A count right after "first", "last" or "next" is a stretch of a longer run, and a span of time is measured from an event named by the words around it.',
  contextOf: example => figureScopeContextOf(example),
  rules: [
    {
      id: 'stretch-from-the-start', outcome: 'first', reason: 'The start of a run, not the whole ("the first two overs", "its opening three games").',
      when: context => STRETCH_START_WORDS.has(context.before),
      examples: { yes: ['Tarrow struggled in the first five overs.', 'Vardo won its opening three games.'], no: ['Tarrow struggled in five overs.'] },
    },
    {
      id: 'stretch-to-the-end', outcome: 'last', reason: 'The end of a run, or the time up to now ("the last five overs", "the past two years").',
      when: context => STRETCH_END_WORDS.has(context.before),
      examples: { yes: ['Marwick scored freely in the last five overs.', 'Prices rose in the past two years.'], no: ['Marwick scored freely in five overs.'] },
    },
    {
      id: 'stretch-ahead', outcome: 'next', reason: 'A stretch still to come ("the next three years").',
      when: context => STRETCH_AHEAD_WORDS.has(context.before),
      examples: { yes: ['Kelderwick will hire staff over the next three years.'], no: ['Kelderwick hired staff in three years.'] },
    },
    {
      id: 'span-within', outcome: 'within', reason: 'How long something took or may take ("within two hours", "the first in 40 years"), not how long ago.',
      when: context => context.time && SPAN_WITHIN_WORDS.has(context.before),
      examples: { yes: ['A team reached the capsule within two hours.', 'It is the first staging in 40 years.'], no: ['The capsule was released 12 hours earlier.', 'Orla Brandt lives in 12 villages.'] },
    },
    {
      id: 'span-before-an-event', outcome: 'before', reason: 'How long before an event or now ("two years ago", "12 hours earlier").',
      when: context => context.time && SPAN_BEFORE_WORDS.has(context.after),
      examples: { yes: ['The capsule was released 12 hours earlier.', 'The pair met five years ago.'], no: ['The pair met five friends earlier.', 'The crew worked for 12 hours.'] },
    },
    {
      id: 'span-after-an-event', outcome: 'after', reason: 'How long after an event ("two days later", "40 minutes after the finish").',
      when: context => context.time && SPAN_AFTER_WORDS.has(context.after),
      examples: { yes: ['The steward ruled 40 minutes after the finish.', 'Dana Kelso resigned two days later.'], no: ['Dana Kelso resigned within two days.'] },
    },
  ],
});

function scopeContext(words: readonly NumberWord[], first: number, figure: Figure): FigureScopeContext {
  return { before: words[first - 1]?.lower ?? '', after: words[(figure.counted ?? figure.last) + 1]?.lower ?? '', time: TIME_UNITS.has(figure.counts) };
}

/** The scope of a count (FIGURE_SCOPES); other figures have none. */
function scopeOf(words: readonly NumberWord[], first: number, figure: Figure): string {
  return figure.kind === 'count' ? firstRule(FIGURE_SCOPES, scopeContext(words, first, figure))?.outcome ?? '' : '';
}

/** Reads one number starting at word i, or undefined; `next` is the index to continue from. */
function numberAt(text: string, words: readonly NumberWord[], i: number): { reading: NumberReading; next: number; scopeContext?: FigureScopeContext } | undefined {
  const date = dateAt(words, i);
  if (date) {
    return { reading: reading(text, words, i, date.last, { value: date.value, kind: 'date', counts: 'date', ...NO_INTERVAL }), next: date.last + 1 };
  }
  const raw = rawNumberAt(words, i);
  if (!raw || (raw.digits && (isTimeOrCode(text, words[raw.first]) || isLabel(text, words, raw)))) {
    return undefined;
  }
  const range = tallyAt(text, words, raw) ? undefined : rangeAt(text, words, raw);
  if (range) {
    return range;
  }
  const before = qualifierBefore(words, raw.first);
  const first = before ? raw.first - (QUALIFIERS[`${words[raw.first - 2]?.lower} ${words[raw.first - 1]?.lower}`] ? 2 : 1) : raw.first;
  const figure = tallyAt(text, words, raw) ?? decadeAt(words, raw, first) ?? moneyAt(words, raw) ?? percentAt(words, raw)
    ?? ageAt(text, words, raw, first) ?? yearOrCountAt(text, words, raw);
  const interval = figure.interval ?? intervalOf(raw, text.slice(words[raw.first].start, words[raw.last].end), before ?? qualifierAfter(words, raw.last));
  const fields = { value: figure.value, kind: figure.kind, counts: figure.counts, subject: figure.subject, holder: figure.holder, scope: scopeOf(words, first, figure), counted: figure.counted, ...interval };
  return {
    reading: reading(text, words, first, figure.last, fields), next: figure.last + 1,
    scopeContext: figure.kind === 'count' ? scopeContext(words, first, figure) : undefined,
  };
}

/** "16 of the 52 MPs": the first figure counts what the second counts. */
function findCountAfterOf(text: string, tokens: readonly NumberWord[], last: number): string | undefined {
  for (let j = last + 2; j <= last + 4 && j < tokens.length; j++) {
    const raw = rawNumberAt(tokens, j);
    if (raw) {
      return countedAfter(tokens, raw.last, text)?.key;
    }
  }
  const noun = countedAfter(tokens, OF_DETERMINERS.has(tokens[last + 2]?.lower ?? '') ? last + 2 : last + 1, text);
  return noun?.key;
}

/** "Article 5", "Flight 17", "Section 230": a bare number right after a capitalised word mid-claim names, not counts. */
function isLabel(text: string, tokens: readonly NumberWord[], raw: RawNumber): boolean {
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
function isApposedAge(text: string, tokens: readonly NumberWord[], raw: RawNumber): boolean {
  const token = tokens[raw.first];
  const before = tokens[raw.first - 1];
  return raw.digits && raw.first === raw.last && /^\d{1,3}$/.test(token.text) && Number(token.text) >= 15 && Number(token.text) <= 110
    && !!before && /^\p{Lu}/u.test(before.text) && /^,\s*$/.test(text.slice(before.end, token.start)) && /^\s*[,)]/.test(text.slice(token.end, token.end + 2));
}

/** The numbers in span (the whole text when absent), in order, with absolute offsets. */
export function readNumbers(text: string, span: Span = { start: 0, end: text.length }): NumberReading[] {
  return numbersOf(text, span).map(found => found.reading);
}

function numbersOf(text: string, span: Span): { reading: NumberReading; scopeContext?: FigureScopeContext }[] {
  const tokens = tokenize(text, span);
  const out: { reading: NumberReading; scopeContext?: FigureScopeContext }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = numberAt(text, tokens, i);
    if (found) {
      out.push(found);
      i = Math.max(found.next, i + 1);
    } else {
      i++;
    }
  }
  return out;
}

/** FIGURE_SCOPES' context of the first count of a sentence (for the table's examples). */
function figureScopeContextOf(sentence: string): FigureScopeContext {
  return numbersOf(sentence, { start: 0, end: sentence.length }).find(found => found.scopeContext)?.scopeContext ?? { before: '', after: '', time: false };
}
