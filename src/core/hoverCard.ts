// The hover cards shown over a name or a quote, as Markdown. Every piece of document text (names,
// roles, sentences, quotes, even the other article's file name) goes through safeText(); the only
// links are the two command links built here, with JSON arguments the commands validate.
import { commandLink, plainText, safeText } from './markdown';
import { WEAK_ATTRIBUTION_BASES, type CrossReference, type DocumentAnalysis, type Entity, type EntitySide, type Quote, type Side, type Span, type Why } from './model';
import { headlineWhy } from './rules/explain';
import { ATTRIBUTION_BASIS_WORDS, CREDITED_DIFFERENTLY, SAME_SOURCE, UNATTRIBUTED, kindWord } from './vocabulary';
import { comparisonAt, entityById, otherSide, quoteMatchAt, quotesBy } from './query';

/** Read access to the document text; the glue reads only the windows asked for, not the whole text. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** The argument of the card's command links: a position in a document, resolved again by the command. */
export interface CardLinkArgs {
  readonly uri: string;
  readonly offset: number;
  /** The entity's id in this article's analysis (newsLens.findAllMentions). */
  readonly entityId?: string;
  /** The entity's id in the cross-reference, where ids are unified across the pair (newsLens.revealInPanel). */
  readonly id?: string;
}

/**
 * The commands a card links to, owned here so the core imports nothing from the glue; the extension
 * registers them under these ids (test/unit/ids.test.ts checks they are contributed in package.json).
 */
export const CARD_COMMAND_IDS = { findAllMentions: 'newsLens.findAllMentions', revealInPanel: 'newsLens.revealInPanel' } as const;

/** Commands a card may link to; the hover lists exactly these in `isTrusted.enabledCommands`. */
export const CARD_COMMANDS: readonly string[] = Object.values(CARD_COMMAND_IDS);

export interface CardContext {
  readonly analysis: DocumentAnalysis;
  readonly text: TextSource;
  readonly uri: string;
  /** Offset hovered, used for the command links and to find the same spot in the cross-reference. */
  readonly offset: number;
  /**
   * The compared article, when this document is one of the pair. `label` is the other article's name;
   * `xref` is missing while the pair is still being analysed (the card says so instead of waiting).
   */
  readonly compared?: { readonly label: string; readonly xref?: CrossReference; readonly side: Side };
}

const MAX_ROLES = 4;
const MAX_QUOTES = 3;
const MAX_NAMES = 6;
/** How far around a role to look for its sentence's boundaries. */
const SENTENCE_WINDOW = 300;


/** The sentence containing `span`, read from a bounded window of the text. */
export function sentenceAround(text: TextSource, span: Span): string {
  const from = Math.max(0, span.start - SENTENCE_WINDOW);
  const to = Math.min(text.length, span.end + SENTENCE_WINDOW);
  const window = text.slice(from, to);
  const s = span.start - from;
  const spanEnd = span.end - from;
  let start = 0;
  // Every line-break style ends a sentence alike: CRLF, LF, old Mac CR, and Unicode line/paragraph separators.
  const before = /(?:[.!?]["'\u201d\u2019)]*\s+|\r\n|[\n\r\u2028\u2029])/g;
  for (let m = before.exec(window); m && m.index + m[0].length <= s; m = before.exec(window)) {
    start = m.index + m[0].length;
  }
  const after = /[.!?](?=["'\u201d\u2019)]*(?:\s|$))|\r\n|[\n\r\u2028\u2029]/g;
  after.lastIndex = spanEnd;
  const end = after.exec(window);
  const stop = end ? end.index + (end[0].trim() ? 1 : 0) : window.length;
  return plainText(window.slice(start, stop));
}

/**
 * "title before name (title-before-name)": the rule that decided, in words and by its id (a reader finds the
 * rule, its reason and examples in the source by the id). Undefined for an analysis that was not explained.
 */
function ruleWords(why: Why | undefined): string | undefined {
  return why && `${safeText(why.rule.replace(/-/g, ' '), 80)} (${safeText(why.rule, 80)})`;
}

/** "Why: person — title before name (title-before-name)", or nothing without an explanation. */
function whyLine(what: string, why: Why | undefined): string[] {
  const words = ruleWords(why);
  return words ? [`Why: ${what} \u2014 ${words}`] : [];
}

function quoteLine(quote: Quote): string {
  return `> \u201c${safeText(quote.text, 160)}\u201d`;
}

function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function otherNames(entity: Entity): string[] {
  const seen = new Set([plainText(entity.name).toLowerCase()]);
  const names: string[] = [];
  for (const alias of entity.aliases) {
    const key = plainText(alias).toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      names.push(alias);
    }
  }
  return names;
}

function describeOtherSide(label: string, side: EntitySide | undefined): string {
  const where = `**In ${safeText(label, 80)}:**`;
  if (!side) {
    return `${where} not mentioned.`;
  }
  const parts = [`present, ${countLabel(side.mentionCount, 'mention', 'mentions')}`];
  const names = side.names.slice(0, MAX_NAMES).map(name => safeText(name, 60));
  if (names.length) {
    parts.push(`named ${names.join(', ')}`);
  }
  const roles = side.roles.slice(0, MAX_ROLES).map(role => safeText(role, 80));
  parts.push(roles.length ? `roles: ${roles.join('; ')}` : 'no role given');
  if (side.quotes.length) {
    parts.push(countLabel(side.quotes.length, 'quote', 'quotes'));
  }
  return `${where} ${parts.join(' \u00b7 ')}.`;
}

function pendingLine(label: string): string {
  return `**In ${safeText(label, 80)}:** still being analysed; hover again in a moment.`;
}

function links(ctx: CardContext, entityId?: string, panelId?: string): string {
  const base: CardLinkArgs = { uri: ctx.uri, offset: ctx.offset };
  const items = [];
  if (entityId) {
    items.push(commandLink('Find all mentions', CARD_COMMAND_IDS.findAllMentions, { ...base, entityId }, 'Every mention in this article and the compared one'));
  }
  const id = panelId ?? entityId;
  items.push(commandLink('Reveal in cross-reference', CARD_COMMAND_IDS.revealInPanel, id ? { ...base, id } : base, 'Show in the News Lens panel'));
  return items.join(' \u00b7 ');
}

/** The card for a name: who it is, how this article presents them, and how the compared one does. */
export function renderEntityCard(entity: Entity, ctx: CardContext): string {
  const blocks: string[] = [];
  blocks.push(`**${safeText(entity.name, 80)}** \u00b7 ${kindWord(entity.kind)} \u00b7 ${countLabel(entity.mentions.length, 'mention', 'mentions')} in this article`);
  blocks.push(...whyLine(kindWord(entity.kind), headlineWhy(entity.why, entity.kind)));
  // The comparison comes first: it is what no other tool shows, and long cards scroll.
  let panelId: string | undefined;
  if (ctx.compared && !ctx.compared.xref) {
    blocks.push(pendingLine(ctx.compared.label));
  } else if (ctx.compared?.xref) {
    const { xref, side, label } = ctx.compared;
    const cmp = comparisonAt(xref, side, ctx.offset, true);
    panelId = cmp?.id;
    blocks.push(describeOtherSide(label, cmp?.[otherSide(side)]));
  }
  if (entity.roles.length) {
    const roles = entity.roles.slice(0, MAX_ROLES).map(role => {
      const why = ruleWords(headlineWhy(role.why));
      return `- *${safeText(role.text, 80)}* \u2014 ${safeText(sentenceAround(ctx.text, role), 140)}${why ? ` \u00b7 why: ${why}` : ''}`;
    });
    blocks.push(['Roles:', ...roles].join('\n'));
  } else if (entity.kind === 'person') {
    blocks.push('No role found in this article.');
  }
  const names = otherNames(entity);
  if (names.length) {
    blocks.push(`Also called: ${names.slice(0, MAX_NAMES).map(name => safeText(name, 60)).join(', ')}`);
  }
  const quotes = quotesBy(ctx.analysis, entity.id);
  if (quotes.length) {
    const shown = quotes.slice(0, MAX_QUOTES).map(quoteLine).join('\n>\n');
    const more = quotes.length > MAX_QUOTES ? `\n\n\u2026and ${quotes.length - MAX_QUOTES} more` : '';
    blocks.push(`${countLabel(quotes.length, 'quote', 'quotes')}:\n\n${shown}${more}`);
  }
  blocks.push(links(ctx, entity.id, panelId));
  return blocks.join('\n\n');
}

/** Longest attribution shown as written; a longer one is cut with an ellipsis. */
const MAX_CUE = 120;

/**
 * What a reader needs to check a credit: the words that credit it, as written ("…, Mr X said"), and how
 * the speaker was found, marked when the evidence is weaker than a cue naming the speaker.
 */
function creditLines(quote: Quote, text: TextSource): string[] {
  if (quote.speakerId === null) {
    return [];
  }
  const lines: string[] = [];
  if (quote.attribution) {
    lines.push(`Credited by: \u201c${safeText(text.slice(quote.attribution.start, quote.attribution.end), MAX_CUE)}\u201d`);
  }
  if (quote.basis && WEAK_ATTRIBUTION_BASES.has(quote.basis)) {
    lines.push(`\u26a0 **Check this credit:** ${ATTRIBUTION_BASIS_WORDS[quote.basis]}.`);
  } else if (quote.basis && !quote.attribution) {
    lines.push(`Speaker ${ATTRIBUTION_BASIS_WORDS[quote.basis]}.`);
  }
  return lines;
}

/** The card for a quote: who said it, and whether the compared article has it too. */
export function renderQuoteCard(quote: Quote, ctx: CardContext): string {
  const blocks: string[] = [];
  const speaker = quote.speakerId !== null ? entityById(ctx.analysis, quote.speakerId) : undefined;
  blocks.push(speaker ? `**Quote** \u00b7 said by **${safeText(speaker.name, 80)}**` : `**Quote** \u00b7 *${UNATTRIBUTED}*`);
  blocks.push(...creditLines(quote, ctx.text));
  blocks.push(...whyLine(speaker ? 'speaker' : 'no speaker', headlineWhy(quote.why)));
  blocks.push(quoteLine(quote));
  let panelId: string | undefined;
  if (ctx.compared && !ctx.compared.xref) {
    blocks.push(pendingLine(ctx.compared.label));
  } else if (ctx.compared?.xref) {
    const { xref, side, label } = ctx.compared;
    const where = `**In ${safeText(label, 80)}:**`;
    const found = quoteMatchAt(xref, side, ctx.offset);
    panelId = found?.quote.speakerId ?? undefined;
    const match = found?.match;
    if (!match) {
      blocks.push(`${where} not found.`);
    } else {
      const other = match[otherSide(side)];
      const how = match.kind === 'identical' ? 'the same quote' : `reworded (${Math.round(match.similarity * 100)}% of words in common)`;
      const otherSpeaker = other.speakerId !== null ? entityById(xref[otherSide(side)], other.speakerId) : undefined;
      let credit = otherSpeaker ? `, said by ${safeText(otherSpeaker.name, 80)}` : `, ${UNATTRIBUTED}`;
      if (match.speakerMismatch && otherSpeaker) {
        credit = `, **${CREDITED_DIFFERENTLY}**: to ${safeText(otherSpeaker.name, 80)}`;
      } else if (match.sameSource && otherSpeaker) {
        credit = `, said by ${safeText(otherSpeaker.name, 80)}: the ${SAME_SOURCE} (a person and the organisation named in their role)`;
      }
      blocks.push(`${where} ${how}${credit}.`);
      if (match.kind !== 'identical') {
        blocks.push(quoteLine(other));
      }
    }
  }
  blocks.push(links(ctx, speaker?.id, speaker ? panelId : undefined));
  return blocks.join('\n\n');
}
