// The one file that touches compromise. compromise's views are untyped; everything leaving this file is our
// own Token/Span types. Our plugin is applied once, when this module loads (nlp.plugin mutates a global
// world, so it must never be applied per call), and its match rules are compiled once into a net swept over
// each parse. Offsets come from doc.compute('offset') and term offsets, never from .json({offset:true}), which
// is super-linear on large text.
import nlp from 'compromise/two';
import { MATCH_RULES, compromisePlugin } from './plugin';
import { GLUED_SENTENCE, Tag, type Sentence, type Token } from './tokens';
import { foldLetters } from '../fold';

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's views and world are untyped */

interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

nlp.plugin(compromisePlugin() as any);
const world: any = (nlp as any).world();
// compromise's last pass groups words into phrase chunks (term.chunk); it sets no tags, nothing here reads
// chunks, and it is about a tenth of every parse. The world is this bundle's own, like the plugin above.
world.hooks = (world.hooks as string[]).filter(hook => hook !== 'chunks');
const net: any = (nlp as any).buildNet(MATCH_RULES.map(rule => ({ ...rule })));

/**
 * compromise's sweep (how its post-tagger runs its hundreds of match rules on every parse) lists, for each
 * comma-separated chunk, the rules whose trigger word or tag occurs in it, by testing *every* trigger of the
 * whole rule set against the chunk, concatenating the rule lists one by one (quadratic in their length) and
 * filtering them in four more passes: on news text the largest single cost of a parse. This is the same sweep
 * (compromise's 1-one/sweep: getHooks, trim-down, always, tooSmall, runMatch) in one pass per chunk that looks
 * up only the words and tags the chunk has: the same rules, kept in the rule set's own order, deduplicated by
 * their match string before the filters as there, matched by compromise's own matcher, so the results come back
 * in the same order (chunk by chunk) and the tags come out identical (the golden-output test checks it).
 */
interface SweepRule {
  readonly match: string;
  readonly regs: readonly MatchReg[];
  readonly group?: string | number;
  readonly notIf?: readonly MatchReg[];
  readonly justOne?: boolean;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}
type TriggerHooks = Record<string, SweepRule[]>;
interface SweepNet {
  readonly hooks: TriggerHooks;
  readonly always: readonly SweepRule[];
}
interface SweepResult {
  pointer: unknown[];
}
/** A rule's needed, wanted and excluded words and tags as item numbers (see PreparedHooks). */
interface RuleItems {
  readonly needs: Int32Array;
  readonly wants: Int32Array;
  readonly ifNo: Int32Array;
}

/**
 * A rule set prepared once: every trigger and every word or tag a rule needs, wants or excludes gets a number
 * (triggers first, in the hooks object's order, which is compromise's order), and each trigger's rules carry
 * a number per distinct match string and their items as numbers. A chunk then stamps the numbers of the items
 * it has, and a rule's deduplication and fit are array reads, not look-ups of strings.
 */
interface PreparedHooks {
  readonly itemOf: Map<string, number>;
  readonly triggerCount: number;
  readonly rules: readonly (readonly SweepRule[])[];
  readonly ruleIds: readonly Int32Array[];
  readonly ruleItems: readonly (readonly RuleItems[])[];
  readonly stamps: Int32Array;
  readonly itemStamps: Int32Array;
  sweep: number;
}
const preparedHooks = new WeakMap<TriggerHooks, PreparedHooks>();

function prepare(hooks: TriggerHooks): PreparedHooks {
  let prepared = preparedHooks.get(hooks);
  if (!prepared) {
    const triggers = Object.keys(hooks);
    const numbering = <T>(numbers: Map<T, number>) => (key: T): number => {
      let id = numbers.get(key);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(key, id);
      }
      return id;
    };
    const idOfMatch = new Map<string, number>();
    const matchId = numbering(idOfMatch);
    const itemOf = new Map<string, number>();
    const itemId = numbering(itemOf);
    triggers.forEach(itemId);
    const rules = triggers.map(trigger => hooks[trigger]);
    const ruleIds = rules.map(list => Int32Array.from(list, rule => matchId(rule.match)));
    const ruleItems = rules.map(list => list.map(rule => ({
      needs: Int32Array.from(rule.needs, itemId), wants: Int32Array.from(rule.wants, itemId), ifNo: Int32Array.from(rule.ifNo ?? [], itemId),
    })));
    prepared = {
      itemOf, triggerCount: triggers.length, rules, ruleIds, ruleItems,
      stamps: new Int32Array(idOfMatch.size), itemStamps: new Int32Array(itemOf.size), sweep: 0,
    };
    preparedHooks.set(hooks, prepared);
  }
  return prepared;
}

/** Whether a rule's needed, excluded and wanted words and tags fit the chunk (compromise's trim-down). */
function fitsChunk(rule: SweepRule, items: RuleItems, has: Int32Array, stamp: number): boolean {
  for (let k = 0; k < items.needs.length; k++) {
    if (has[items.needs[k]] !== stamp) {
      return false;
    }
  }
  for (let k = 0; k < items.ifNo.length; k++) {
    if (has[items.ifNo[k]] === stamp) {
      return false;
    }
  }
  let found = 0;
  for (let k = 0; k < items.wants.length; k++) {
    found += has[items.wants[k]] === stamp ? 1 : 0;
  }
  return items.wants.length === 0 || found >= rule.minWant;
}

/** The rules to try on one chunk, in the order compromise's sweep would try them. */
function chunkRules(net: SweepNet, haves: ReadonlySet<string>, termCount: number): SweepRule[] {
  const prepared = prepare(net.hooks);
  // A new stamp per chunk: marks the items the chunk has, and a rule (by match string) is considered once,
  // at its first trigger, as compromise does.
  const stamp = ++prepared.sweep;
  const present: number[] = [];
  for (const item of haves) {
    const index = prepared.itemOf.get(item);
    if (index !== undefined) {
      prepared.itemStamps[index] = stamp;
      if (index < prepared.triggerCount) {
        present.push(index);
      }
    }
  }
  present.sort((left, right) => left - right);
  const rules: SweepRule[] = [];
  for (const index of present) {
    const list = prepared.rules[index];
    const ids = prepared.ruleIds[index];
    const items = prepared.ruleItems[index];
    for (let k = 0; k < list.length; k++) {
      if (prepared.stamps[ids[k]] === stamp) {
        continue;
      }
      prepared.stamps[ids[k]] = stamp;
      const rule = list[k];
      // `>=` as in compromise: a rule without minWords never runs.
      if (termCount >= rule.minWords && fitsChunk(rule, items[k], prepared.itemStamps, stamp)) {
        rules.push(rule);
      }
    }
  }
  for (const rule of net.always) {
    if (termCount >= rule.minWords) {
      rules.push(rule);
    }
  }
  return rules;
}

/** A compromise term as its matcher reads it (see compromise's 1-one/match/methods/match/term/doesMatch.js). */
interface MatchTerm {
  readonly id: unknown;
  readonly text: string;
  readonly normal: string;
  readonly machine?: string | null;
  readonly implicit?: string;
  readonly root?: string;
  readonly alias?: readonly string[];
  readonly switch?: string;
  readonly tags: ReadonlySet<string>;
}
/** One parsed token of a match rule ("#Noun", "said", "(one|two)", "[#Verb"), as compromise's parseMatch leaves it. */
interface MatchReg {
  readonly [key: string]: unknown;
  readonly start?: boolean;
  readonly end?: boolean;
  readonly choices?: readonly (readonly MatchReg[])[];
}
/** A match's pointer: [sentence, start, end, start term's id, end term's id]. */
type MatchPointer = unknown[];
interface MatchFound {
  readonly ptrs: MatchPointer[];
  readonly byGroup?: Readonly<Record<string, MatchPointer[]>>;
}

/**
 * compromise's matcher (its runMatch) tries a rule from every word of the chunk, copying the rest of the chunk for
 * each try, though most rules start with one plain word, tag, switch or (a|b) list that most words fail, and a try
 * whose first token fails ends there. For such a rule (`startTest`), only the words its first token matches are
 * tried: each as its own chunk anchored at its start (a `^` on the first token), all in one call of compromise's own
 * matcher, then put back where the full-chunk run would have found them. Only rules for which that is exactly the
 * same qualify: no `^` elsewhere (it would see the copy's start), no `$` at the end (it drops matches after the run,
 * and the run skips past every match before it does), no justOne; a notIf is checked here, after the skipping.
 */
interface StartPlan {
  /** Whether a word can begin a match: false only where the first token's own test fails. */
  readonly canStart: TermTest;
  /** The rule with its first token anchored and no group (the group is picked out afterwards). */
  readonly anchored: SweepRule;
  /** The tokens a match needs (compromise's minLength: neither optional nor negative). */
  readonly minLength: number;
  readonly group?: string;
  /** The rule's notIf, checked on each match kept (the run skips past a match before its notIf drops it). */
  readonly notIf?: readonly MatchReg[];
}
const START_PLANS = new WeakMap<SweepRule, StartPlan | null>();
/** The first token's keys this handles; any other key (optional, negative, greedy, choices, use, …) keeps the full run. */
const PLAIN_START_KEYS: readonly string[] = ['tag', 'word', 'switch', 'fastOr', 'operator', 'group', 'groupStart', 'groupEnd'];

type TermTest = (term: MatchTerm) => boolean;
/** A first token of choices: "(a b|c)" (one choice's first token must match) or "(#Noun && @hasHyphen)" (every one). */
const CHOICE_START_KEYS: readonly string[] = ['choices', 'operator', 'group', 'groupStart', 'groupEnd'];

/**
 * What the first word of a match must pass for the first token to match it: the token's own test, or for choices
 * the tests of their first tokens (a choice whose first token is not plain, "@hasHyphen", passes every word).
 * Undefined when it cannot be told that simply: the word is then always tried.
 */
function startTest(reg: MatchReg): TermTest | undefined {
  const keys = Object.keys(reg).filter(key => reg[key] !== undefined);
  if (reg.choices !== undefined && keys.every(key => CHOICE_START_KEYS.includes(key))) {
    return choicesStartTest(reg.choices, reg.operator);
  }
  if (!keys.every(key => PLAIN_START_KEYS.includes(key)) || (reg.operator !== undefined && (reg.operator !== 'or' || reg.fastOr === undefined))) {
    return undefined;
  }
  if (typeof reg.word === 'string') {
    const word = reg.word;
    return term => (term.machine !== null && term.machine === word) || (term.alias?.some(alias => alias === word) ?? false) || word === term.text || word === term.normal;
  }
  if (typeof reg.tag === 'string') {
    const tag = reg.tag;
    return term => term.tags.has(tag);
  }
  if (typeof reg.switch === 'string') {
    const value = reg.switch;
    return term => term.switch === value;
  }
  if (reg.fastOr instanceof Set) {
    const words = reg.fastOr as ReadonlySet<string>;
    return term => words.has(term.root || term.implicit || term.machine || term.normal) || words.has(term.text);
  }
  return undefined;
}

/** compromise's or-block tries each choice from the word, its and-block needs every choice to match there. */
function choicesStartTest(choices: readonly (readonly MatchReg[])[], operator: unknown): TermTest | undefined {
  if (!choices.every(Array.isArray)) {
    return undefined;
  }
  const tests = choices.map(choice => (choice.length > 0 ? startTest(choice[0]) : undefined));
  if (operator === 'and') {
    const known = tests.filter((test): test is TermTest => test !== undefined);
    return known.length > 0 ? term => known.every(test => test(term)) : undefined;
  }
  if (operator === 'or' && tests.length > 0 && tests.every(test => test !== undefined)) {
    const all = tests as TermTest[];
    return term => all.some(test => test(term));
  }
  return undefined;
}

function anchorsAnywhere(regs: readonly MatchReg[]): boolean {
  return regs.some(reg => reg.start === true || (reg.choices?.some(anchorsAnywhere) ?? false));
}

/** The group whose pointers a rule's matches give, as compromise's getGroup reads it (a number as its string; "" none). */
function pickedGroup(group: string | number | undefined): string | undefined {
  const name = typeof group === 'number' ? String(group) : group;
  return name ? name : undefined;
}

/**
 * Whether compromise's matcher run on a match's own words finds the rule's notIf exactly when its notIf filter would:
 * the filter tries the notIf from every word of the match, as the matcher does, but the matcher tries a `^` first
 * token only at the first word and drops what does not reach a `$` last one.
 */
function notIfQualifies(notIf: readonly MatchReg[] | undefined): boolean {
  return notIf === undefined || (Array.isArray(notIf) && !anchorsAnywhere(notIf) && (notIf.length === 0 || notIf[notIf.length - 1].end !== true));
}

/** Whether a rule is tried only from the words its first token matches (exported for the tests). */
export function triesFromFirstToken(rule: SweepRule): boolean {
  return startPlan(rule) !== null;
}

function startPlan(rule: SweepRule): StartPlan | null {
  let plan = START_PLANS.get(rule);
  if (plan === undefined) {
    const regs = rule.regs;
    const canStart = regs.length > 0 ? startTest(regs[0]) : undefined;
    const qualifies = canStart !== undefined && !anchorsAnywhere(regs) && regs[regs.length - 1].end !== true && rule.justOne !== true && notIfQualifies(rule.notIf);
    plan = qualifies ? {
      canStart,
      anchored: { ...rule, regs: [{ ...regs[0], start: true }, ...regs.slice(1)], group: undefined, notIf: undefined },
      notIf: rule.notIf,
      minLength: regs.filter(reg => reg.optional !== true && reg.negative !== true).length,
      group: pickedGroup(rule.group),
    } : null;
    START_PLANS.set(rule, plan);
  }
  return plan;
}

/** A pointer into the chunk, with the ids of its first and last terms as compromise's matcher sets them. */
function chunkPointer(terms: readonly MatchTerm[], start: number, end: number): MatchPointer {
  return [0, start, end, terms[start].id, terms[end - 1].id];
}

/** compromise's runMatch of one rule on one chunk (methods.one.match([terms], rule)): the same pointers, in order. */
export function matchChunk(methods: any, terms: readonly MatchTerm[], rule: SweepRule): MatchFound {
  const plan = startPlan(rule);
  if (!plan) {
    return methods.one.match([terms], rule);
  }
  const starts: number[] = [];
  for (let i = 0; i + plan.minLength <= terms.length && i < terms.length; i++) {
    if (plan.canStart(terms[i])) {
      starts.push(i);
    }
  }
  if (starts.length === 0) {
    return { ptrs: [] };
  }
  const found: MatchFound = methods.one.match(starts.map(i => terms.slice(i)), plan.anchored);
  const groups = plan.group !== undefined ? found.byGroup?.[plan.group] ?? [] : [];
  const ptrs: MatchPointer[] = [];
  // The full run goes on after a match's end: a match starting inside the one before is not tried.
  let next = 0;
  for (const [copy, start, end] of found.ptrs as number[][]) {
    const at = starts[copy];
    if (at < next) {
      continue;
    }
    next = Math.max(at + 1, at + end);
    if (plan.notIf !== undefined && methods.one.match([terms.slice(at + start, at + end)], { regs: plan.notIf }).ptrs.length > 0) {
      continue;
    }
    if (plan.group === undefined) {
      ptrs.push(chunkPointer(terms, at + start, at + end));
      continue;
    }
    const group = groups.find(pointer => pointer[0] === copy) as number[] | undefined;
    if (group) {
      ptrs.push(chunkPointer(terms, at + group[1], at + group[2]));
    }
  }
  return { ptrs };
}

/**
 * For the tests of `matchChunk`: compromise's own post-tagger rules as its sweep runs them (each once), its methods,
 * and a text's sentences as compromise's tagged terms. compromise compiles its rules in place at its first parse
 * (their notIf strings become parsed tokens), so they are read after one, never compiled again.
 */
export function sweepTestBed(): { readonly rules: readonly SweepRule[]; readonly methods: unknown; sentences(text: string): MatchTerm[][] } {
  nlp('A first parse.');
  const rules = new Map<string, SweepRule>();
  for (const rule of world.model.two.matches.flat() as SweepRule[]) {
    if (!rules.has(rule.match)) {
      rules.set(rule.match, rule);
    }
  }
  return { rules: [...rules.values()], methods: world.methods, sentences: text => (nlp(text) as any).document };
}

world.methods.one.bulkMatch = (document: MatchTerm[][], matchNet: SweepNet, methods: any, options: { matchOne?: boolean } = {}) => {
  const documentCache: ReadonlySet<string>[] = methods.one.cacheDoc(document);
  const results: SweepResult[] = [];
  for (let chunk = 0; chunk < document.length; chunk++) {
    for (const rule of chunkRules(matchNet, documentCache[chunk], document[chunk].length)) {
      const found = matchChunk(methods, document[chunk], rule);
      if (found.ptrs.length === 0) {
        continue;
      }
      for (const pointer of found.ptrs) {
        pointer[0] = chunk;
        const todo: SweepResult & { unTag?: unknown } = Object.assign({}, rule, { pointer });
        if (rule.unTag !== undefined) {
          todo.unTag = rule.unTag;
        }
        results.push(todo);
      }
      if (options.matchOne === true) {
        return [results[0]];
      }
    }
  }
  return results;
};

const FLAG_OF_TAG: Readonly<Record<string, number>> = {
  Person: Tag.Person, FirstName: Tag.FirstName, LastName: Tag.LastName, MaleName: Tag.MaleName,
  FemaleName: Tag.FemaleName, Honorific: Tag.Honorific, Organization: Tag.Organization, Place: Tag.Place,
  Demonym: Tag.Demonym, Acronym: Tag.Acronym, ProperNoun: Tag.ProperNoun, Possessive: Tag.Possessive,
  Verb: Tag.Verb, Adjective: Tag.Adjective, Adverb: Tag.Adverb, Determiner: Tag.Determiner,
  Preposition: Tag.Preposition, Conjunction: Tag.Conjunction, Pronoun: Tag.Pronoun, Noun: Tag.Noun,
  Plural: Tag.Plural, Value: Tag.Value, Date: Tag.Date, NewsNotOrg: Tag.NotOrg,
  NewsNamedList: Tag.NamedList, Copula: Tag.Copula, QuestionWord: Tag.Pronoun,
};

const tagSet: Record<string, { parents?: string[] }> = world.model.one.tagSet;
const lexiconWords: Record<string, string | string[]> = world.model.one.lexicon;
const tagFlagCache = new Map<string, number>();

/** Flags of a tag and of the tags it implies (Singular → Noun), memoised. */
function flagsOfTag(tag: string): number {
  let flags = tagFlagCache.get(tag);
  if (flags === undefined) {
    flags = FLAG_OF_TAG[tag] ?? 0;
    for (const parent of tagSet[tag]?.parents ?? []) {
      flags |= FLAG_OF_TAG[parent] ?? 0;
    }
    tagFlagCache.set(tag, flags);
  }
  return flags;
}

function flagsOfTags(tags: Iterable<string>): number {
  let flags = 0;
  for (const tag of tags) {
    flags |= flagsOfTag(tag);
  }
  return flags;
}

/** Tag flags of a lower-case word in compromise's lexicon, or 0 when it has none. */
export function lexiconFlags(word: string): number {
  if (!Object.prototype.hasOwnProperty.call(lexiconWords, word)) {
    return 0;
  }
  const entry = lexiconWords[word];
  return flagsOfTags(typeof entry === 'string' ? [entry] : entry);
}

/**
 * Whether compromise's lexicon lists a lower-case word as a verb's bare form ("flood", "fund", "survey"), not a past
 * tense or a participle ("won", "told"): such a word is a noun as often, before another noun ("a flood barrier").
 */
export function isLexiconInfinitive(word: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(lexiconWords, word)) {
    return false;
  }
  const entry = lexiconWords[word];
  return (typeof entry === 'string' ? [entry] : entry).includes('Infinitive');
}

/** compromise's lexicon tags of words that name nothing and carry no flag of ours: interjections and negatives. */
const EXCLAIMED_WORD_TAGS = new Set(['Expression', 'Negative']);

/**
 * An interjection or a negative in compromise's lexicon ("wow", "not", "never"): written in capitals for emphasis
 * ("WOW.", "was NOT having it") it is still a word, though `lexiconFlags` gives it no flag.
 */
export function isExclaimedWord(word: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(lexiconWords, word)) {
    return false;
  }
  const entry = lexiconWords[word];
  return (typeof entry === 'string' ? [entry] : entry).some(tag => EXCLAIMED_WORD_TAGS.has(tag));
}

const POSSESSIVE = /['’](s)?$/i;
/** One abbreviated word with its full stop left before a possessive ending ("Inc.’s", "Corp.'s", "Jr.'s"). */
const ABBREVIATION_BEFORE_POSSESSIVE = /^(\p{L}+)\.['’]s$/iu;
/**
 * A capitalised word: a capital first (a hashtag's or handle's mark before it allowed), or one or two lower-case letters
 * before a capitalised stem, the way tech companies write their names ("iVenta", "eKart"): their copy treats them as
 * names. A longer lower-case stem before a capital ("nestPay", "lumaTrack") is a product's, not capitalised.
 */
const UPPER_START = /^[#@]?(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}\p{Ll})/u;

/**
 * Lower case, possessive ending and diacritics removed: the form the lexicons are written in. An abbreviation's full
 * stop before a possessive goes too: "Vardo Holdings Inc.’s shares" reads "inc" as "Vardo Holdings Inc. said" does (the
 * tokenizer leaves that stop outside the word), so the legal form still heads the name; "U.S.’s" keeps its stops.
 */
export function lowerForm(word: string): string {
  const abbreviation = ABBREVIATION_BEFORE_POSSESSIVE.exec(word);
  return foldLetters(abbreviation ? abbreviation[1] : word.replace(POSSESSIVE, '')).toLowerCase();
}

/** What a token's text alone decides: its lexicon form, that form's lexicon flags, whether it is capitalised. */
interface WordFacts {
  readonly lower: string;
  readonly lexicon: number;
  readonly capitalised: boolean;
}

/** Words recur through an article and across articles: their facts are computed once, in a bounded memo. */
const wordMemo = new Map<string, WordFacts>();
const WORD_MEMO_SIZE = 100_000;

function wordFacts(text: string): WordFacts {
  let facts = wordMemo.get(text);
  if (facts === undefined) {
    const lower = lowerForm(text);
    facts = { lower, lexicon: lexiconFlags(lower), capitalised: UPPER_START.test(text) };
    if (wordMemo.size >= WORD_MEMO_SIZE) {
      wordMemo.clear();
    }
    wordMemo.set(text, facts);
  }
  return facts;
}

function parse(text: string): any {
  const doc = nlp(text);
  doc.sweep(net);
  doc.compute('offset');
  return doc;
}

/**
 * Whitespace and invisible format characters that compromise can leave at the edge of a term's text (it
 * splits on fewer characters than JavaScript's \s: "Qu\t\ufeff" is one term); a name never includes them.
 */
const EDGE_JUNK = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;
const NOT_JUNK = /[^\s\u200b-\u200d\u2060]/;

/** A closing quotation mark after the quotation's closing comma, glued to the capitalised word after it (",”Kelso said"). */
const GLUED_CLOSE = /,(["\u201d])(?=\p{Lu})/gu;

/**
 * The paragraph with a closing quotation mark glued to the next word ("…,”Kelso said", a typesetting slip) moved
 * onto the comma before it and a space after it (",”K" → "” K"), one character for one so every offset stays: the
 * tokeniser splits on spaces only, and would read "paranoia,”Kelso" as one word and lose the name; the mark itself
 * stays, so the quotation stays balanced for the sentence splitter. A straight mark closes when an odd number of
 * them stands before it in the paragraph (one that opens a quotation, ',"We …', stays).
 */
export function unglueClosingQuotes(text: string): string {
  if (!text.includes(',"') && !text.includes(',\u201d')) {
    return text;
  }
  // Straight marks before each match are counted as the matches go (left to right), not by re-reading the
  // paragraph for each one: a huge one-paragraph file with many glued marks stays linear.
  let straightMarks = 0;
  let countedTo = 0;
  return text.replace(GLUED_CLOSE, (glued: string, mark: string, at: number) => {
    for (; countedTo <= at + 1; countedTo++) {
      if (text.charCodeAt(countedTo) === 34) {
        straightMarks++;
      }
    }
    const closes = mark === '\u201d' || straightMarks % 2 === 0;
    return closes ? `${mark} ` : glued;
  });
}

/** Two capitalised words glued by a slash, the first ending in a lower-case letter (a picture credit's "Kelso/Marwick"). */
const GLUED_SLASH = /^(\p{Lu}[\p{L}'’.-]*\p{Ll})\/(\p{Lu}[\p{L}'’.-]*)$/u;

/**
 * Two words glued by a dash or a colon and an opening quotation mark ('HEART—"For', a headline running into the
 * quotation that opens its story; 'Kelso:"We', a speaker's label with no space before the quotation): the tokeniser
 * keeps them one term, so the capitalised words on either side would run into one name.
 */
const GLUED_DASH_QUOTE = /^(\p{L}[\p{L}'’.-]*?)([—–:]["“‘])(\p{Lu}[\p{L}'’.-]*)$/u;

function tokenOf(text: string, start: number, pre: string, post: string, tags: number): Token {
  const word = wordFacts(text);
  return { text, start, end: start + text.length, pre, post, lower: word.lower, tags, lexicon: word.lexicon, capitalised: word.capitalised };
}

/** "s.t." (same time) of a race's results, a word of its own: see `maskSameTime`. */
const SAME_TIME = /(?<=\s)([sS])\.([tT])(?=\.?(?:\s|$))/g;
const MASKED_SAME_TIME = /^[sS]_[tT]\.?$/;

/**
 * A timed results line closes a rider's line with "s.t." (same time) after the team ("2 Ivo Sandal (Den) Vardo-Kelso
 * s.t."): the tagger reads the letters as a street's abbreviation and tags every word of the line a place. The full
 * stop between the letters becomes an underscore for the tagger, one character for one so every offset stays; the
 * token keeps the text as written.
 */
function maskSameTime(text: string): string {
  return text.includes('.') ? text.replace(SAME_TIME, '$1_$2') : text;
}

/** The offsets just after each full stop glued to the next sentence (tokens.ts `GLUED_SENTENCE`). */
function gluedSentenceCuts(text: string): number[] {
  return text.includes('.') ? [...text.matchAll(GLUED_SENTENCE)].map(match => (match.index ?? 0) + match[0].length) : [];
}

/** The tokens of a piece parsed alone, moved to where the piece starts in its paragraph. */
function movedBy(sentences: readonly Sentence[], offset: number): Sentence[] {
  return offset === 0 ? [...sentences] : sentences.map(sentence => sentence.map(token => ({ ...token, start: token.start + offset, end: token.end + offset })));
}

/**
 * Sentences of tokens of one paragraph; offsets relative to `text`. A sentence glued to the one before it without a
 * space ("she said.Mr Tolan added") is parsed as a piece of its own: the tokeniser splits on spaces only and would read
 * "said.Mr" as one word, losing the speaker and the name after it.
 */
export function parseParagraph(text: string): Sentence[] {
  const cuts = gluedSentenceCuts(text);
  if (cuts.length === 0) {
    return parsePiece(text);
  }
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    sentences.push(...movedBy(parsePiece(text.slice(from, cut)), from));
    from = cut;
  }
  return sentences;
}

/** Sentences of tokens of a piece of a paragraph; offsets relative to `text`. */
function parsePiece(text: string): Sentence[] {
  const doc = parse(maskSameTime(unglueClosingQuotes(text)));
  const sentences: Sentence[] = [];
  for (const terms of doc.document as Term[][]) {
    const tokens: Token[] = [];
    for (const term of terms) {
      const written = term.text.replace(EDGE_JUNK, '');
      const text = MASKED_SAME_TIME.test(written) ? written.replace('_', '.') : written;
      if (!term.offset || text.length === 0) {
        // An implied word of a contraction ("Minister's" → "has") has no text: keep its spacing on the word before.
        const previous = tokens[tokens.length - 1];
        if (previous) {
          tokens[tokens.length - 1] = { ...previous, post: previous.post + term.pre + term.post };
        }
        continue;
      }
      const start = term.offset.start + Math.max(0, term.text.search(NOT_JUNK));
      const tags = flagsOfTags(term.tags);
      const glued = GLUED_SLASH.exec(text);
      if (glued) {
        // "Dana Kelso/Marwick Ledger", "AP Photo/Tom Rell": two names glued by a slash are two words and the slash.
        const [, left, right] = glued;
        tokens.push(tokenOf(left, start, term.pre, '', tags), tokenOf('/', start + left.length, '', '', 0), tokenOf(right, start + left.length + 1, '', term.post, tags));
        continue;
      }
      const dashed = GLUED_DASH_QUOTE.exec(text);
      if (dashed) {
        // The dash (or colon) and the mark become the spacing between the two words, as if written 'HEART — "For'.
        const [, left, gap, right] = dashed;
        tokens.push(tokenOf(left, start, term.pre, gap, tags), tokenOf(right, start + left.length + gap.length, '', term.post, tags));
        continue;
      }
      tokens.push(tokenOf(text, start, term.pre, term.post, tags));
    }
    if (tokens.length) {
      sentences.push(tokens);
    }
  }
  return sentences;
}
