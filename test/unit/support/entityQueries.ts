// Small questions the entity tests ask of one analysed text, shared so that each test file does not write its own.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import type { Entity } from '../../../src/core/model';

/** Each entity as "kind:canonical name", sorted: what a reader sees listed. */
export function entityKinds(text: string): string[] {
  return analyzeText(text).entities.map(entity => `${entity.kind}:${entity.name}`).sort();
}

/** Each quotation's first three words and the name of the entity credited, or null: what the speaker tests compare. */
export function quoteSpeakers(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => [text.slice(quote.start, quote.end).split(' ').slice(0, 3).join(' '), analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null]);
}

/** The canonical name of the speaker of the quotation that starts with these words, or null when it has none. */
export function speakerOf(text: string, opening: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(found => found.text.replace(/^[“"]/, '').startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return quote.speakerId === null ? null : analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

/** Each mention in text order as "p:text" (a person's) or "o:text" (a body's). */
export function mentionLabels(text: string): string[] {
  return labelledMentions(text, (_entity, mention) => mention);
}

/** Each mention in text order as "p:canonical name:text" or "o:canonical name:text": which entity each mention joined. */
export function namedMentionLabels(text: string): string[] {
  return labelledMentions(text, (entity, mention) => `${entity.name}:${mention}`);
}

function labelledMentions(text: string, label: (entity: Entity, mention: string) => string): string[] {
  return analyzeText(text).entities
    .flatMap(entity => entity.mentions.map(mention => ({ start: mention.start, label: `${entity.kind === 'person' ? 'p' : 'o'}:${label(entity, mention.text)}` })))
    .sort((left, right) => left.start - right.start)
    .map(mention => mention.label);
}

/** The entity one of whose mentions is written exactly so, if any. */
export function entityWithMention(text: string, mention: string): Entity | undefined {
  return analyzeText(text).entities.find(entity => entity.mentions.some(found => found.text === mention));
}

/** The other names of the entity with this canonical name, in the order of the analysis (none when there is no such entity). */
export function aliasesOf(text: string, name: string): readonly string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.aliases ?? [];
}

/** The roles of the entity with this canonical name; the test fails when there is no such entity. */
export function rolesOf(text: string, name: string): string[] {
  const entities = analyzeText(text).entities;
  const entity = entities.find(found => found.name === name);
  assert.ok(entity, `no entity ${name} among ${entities.map(found => found.name).join(', ')}`);
  return entity.roles.map(role => role.text);
}

/**
 * One rule's invented case: the labels the text must give and those it must not ("p:…" a person's mention, "o:…" a
 * body's; with `named`, "o:canonical name:mention").
 */
export interface KindCase {
  readonly title: string;
  readonly text: string;
  readonly has?: readonly string[];
  readonly lacks?: readonly string[];
  /** The whole list of labels, in text order, when every mention matters. */
  readonly exactly?: readonly string[];
  readonly named?: boolean;
}

export function checkCase({ text, has = [], lacks = [], exactly, named }: KindCase): void {
  const found = named ? namedMentionLabels(text) : mentionLabels(text);
  if (exactly) {
    assert.deepStrictEqual(found, exactly);
  }
  const missing = has.filter(label => !found.includes(label));
  const wrong = lacks.filter(label => found.includes(label));
  assert.ok(missing.length === 0 && wrong.length === 0, `missing ${missing.join(', ')}; unwanted ${wrong.join(', ')}; found ${found.join(' | ')}`);
}
