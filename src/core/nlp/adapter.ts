// The one file that touches compromise. compromise's views are untyped; everything leaving this file is our
// own Token/Span types. Our plugin is applied once, when this module loads (nlp.plugin mutates a global
// world, so it must never be applied per call), and its match rules are compiled once into a net swept over
// each parse. Offsets come from doc.compute('offset') and term offsets, never from .json({offset:true}), which
// is super-linear on large text.
import nlp from 'compromise/two';
import { MATCH_RULES, compromisePlugin } from './plugin';
import { Tag, type Sentence, type Token } from './tokens';
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
const net: any = (nlp as any).buildNet(MATCH_RULES.map(r => ({ ...r })));

/**
 * compromise's sweep (how its post-tagger runs its hundreds of match rules on every parse) starts by listing,
 * for each comma-separated chunk, the rules whose trigger word or tag occurs in it, by testing *every*
 * trigger of the whole rule set against the chunk: on news text the largest single cost of a parse. The same
 * list comes out of looking up only the words and tags the chunk has. This wraps compromise's own bulkMatch:
 * one call per chunk, with the rule set cut down to the chunk's triggers, kept in the rule set's own order, so
 * the rules run in the same order, the results come back in the same order (chunk by chunk) and the tags come
 * out identical (the golden-output test checks it). The chunks' word-and-tag cache is built once and handed on.
 */
type TriggerHooks = Record<string, unknown[]>;
interface SweepResult {
  pointer: number[];
}
const triggerOrders = new WeakMap<TriggerHooks, Map<string, number>>();

function triggerOrder(hooks: TriggerHooks): Map<string, number> {
  let order = triggerOrders.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((trigger, index) => [trigger, index]));
    triggerOrders.set(hooks, order);
  }
  return order;
}

/** The hooks of the triggers present in one chunk's cache, in the order of the full hooks object. */
function hooksPresent(hooks: TriggerHooks, chunkCache: ReadonlySet<string>): TriggerHooks {
  const order = triggerOrder(hooks);
  const present: string[] = [];
  for (const item of chunkCache) {
    if (order.has(item)) {
      present.push(item);
    }
  }
  present.sort((a, b) => order.get(a)! - order.get(b)!);
  const cut: TriggerHooks = {};
  for (const trigger of present) {
    cut[trigger] = hooks[trigger];
  }
  return cut;
}

const fullBulkMatch = world.methods.one.bulkMatch;
world.methods.one.bulkMatch = (document: unknown[], matchNet: any, methods: any, options: { matchOne?: boolean } = {}) => {
  const documentCache: ReadonlySet<string>[] = methods.one.cacheDoc(document);
  const results: SweepResult[] = [];
  for (let chunk = 0; chunk < document.length; chunk++) {
    const chunkMethods = { ...methods, one: { ...methods.one, cacheDoc: () => [documentCache[chunk]] } };
    const found: SweepResult[] = fullBulkMatch([document[chunk]], { ...matchNet, hooks: hooksPresent(matchNet.hooks, documentCache[chunk]) }, chunkMethods, options);
    for (const result of found) {
      result.pointer[0] = chunk;
      results.push(result);
    }
    if (options.matchOne === true && results.length > 0) {
      return [results[0]];
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

const POSSESSIVE = /['’](s)?$/i;
const UPPER_START = /^[#@]?\p{Lu}/u;

/** Lower case, possessive ending and diacritics removed: the form the lexicons are written in. */
export function lowerForm(word: string): string {
  return foldLetters(word.replace(POSSESSIVE, '')).toLowerCase();
}

function parse(text: string): any {
  const doc = nlp(text);
  doc.sweep(net);
  doc.compute('offset');
  return doc;
}

/**
 * Whitespace and invisible format characters that compromise can leave at the edge of a term's text (it
 * splits on fewer characters than JavaScript's \s: "Xi\t\ufeff" is one term); a name never includes them.
 */
const EDGE_JUNK = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;
const NOT_JUNK = /[^\s\u200b-\u200d\u2060]/;

/** Sentences of tokens of one paragraph; offsets relative to `text`. */
export function parseParagraph(text: string): Sentence[] {
  const doc = parse(text);
  const sentences: Sentence[] = [];
  for (const terms of doc.document as Term[][]) {
    const tokens: Token[] = [];
    for (const term of terms) {
      const text = term.text.replace(EDGE_JUNK, '');
      if (!term.offset || text.length === 0) {
        // An implied word of a contraction ("Minister's" → "has") has no text: keep its spacing on the word before.
        const previous = tokens[tokens.length - 1];
        if (previous) {
          tokens[tokens.length - 1] = { ...previous, post: previous.post + term.pre + term.post };
        }
        continue;
      }
      const start = term.offset.start + Math.max(0, term.text.search(NOT_JUNK));
      const lower = lowerForm(text);
      tokens.push({
        text,
        start,
        end: start + text.length,
        pre: term.pre,
        post: term.post,
        lower,
        tags: flagsOfTags(term.tags),
        lexicon: lexiconFlags(lower),
        capitalised: UPPER_START.test(text),
      });
    }
    if (tokens.length) {
      sentences.push(tokens);
    }
  }
  return sentences;
}
