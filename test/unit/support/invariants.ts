// The contract of src/core/model.ts as checks: every analysis and cross-reference must satisfy these,
// whatever the input. Each check returns problems as readable lines instead of throwing at the first, so a
// fuzz failure shows everything that is wrong with one input.
import type { CrossReference, DocumentAnalysis, EntitySide, Quote, Span } from '../../../src/core/model';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when the offset falls between the two halves of an astral character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length
    && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function checkSpan(text: string, span: Span, what: string, problems: string[], recorded?: string): boolean {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    problems.push(`${what}: span [${start}, ${end}) is not inside the text (length ${text.length})`);
    return false;
  }
  if (recorded !== undefined && text.slice(start, end) !== recorded) {
    problems.push(`${what}: text ${JSON.stringify(recorded)} differs from text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end))}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    problems.push(`${what}: span [${start}, ${end}) splits an astral character`);
  }
  return true;
}

function checkOrder(spans: readonly Span[], what: string, problems: string[]): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].start) {
      problems.push(`${what} not in document order at index ${i}`);
      return;
    }
  }
}

/** Checks one analysis of `text` against the model's contract. */
export function checkAnalysis(text: string, analysis: DocumentAnalysis, label = 'analysis'): string[] {
  const problems: string[] = [];
  if (analysis.textLength !== text.length) {
    problems.push(`${label}: textLength ${analysis.textLength} but the text has ${text.length} characters`);
  }
  const ids = new Set<string>();
  const allMentions: { span: Span; entityId: string }[] = [];
  let previousFirst = -1;
  for (const entity of analysis.entities) {
    const who = `${label}: entity ${JSON.stringify(entity.id)}`;
    if (typeof entity.id !== 'string' || entity.id.length === 0) {
      problems.push(`${who}: empty id`);
    }
    if (ids.has(entity.id)) {
      problems.push(`${who}: id used by two entities`);
    }
    ids.add(entity.id);
    if (entity.kind !== 'person' && entity.kind !== 'org') {
      problems.push(`${who}: unknown kind ${JSON.stringify(entity.kind)}`);
    }
    if (typeof entity.name !== 'string' || entity.name.trim().length === 0) {
      problems.push(`${who}: empty name`);
    }
    if (!Array.isArray(entity.aliases) || entity.aliases.some(a => typeof a !== 'string')) {
      problems.push(`${who}: aliases are not a list of strings`);
    }
    if (entity.mentions.length === 0) {
      problems.push(`${who}: no mentions`);
    } else {
      if (entity.mentions[0].start < previousFirst) {
        problems.push(`${who}: entities not sorted by first mention`);
      }
      previousFirst = entity.mentions[0].start;
    }
    for (const m of entity.mentions) {
      const what = `${who} mention ${JSON.stringify(m.text)}@${m.start}`;
      if (checkSpan(text, m, what, problems, m.text)) {
        if (m.start === m.end) {
          problems.push(`${what}: empty span`);
        }
        if (m.text !== m.text.trim()) {
          problems.push(`${what}: starts or ends with whitespace`);
        }
      }
      if (m.entityId !== entity.id) {
        problems.push(`${what}: entityId ${JSON.stringify(m.entityId)} is not its entity's id`);
      }
      allMentions.push({ span: m, entityId: entity.id });
    }
    checkOrder(entity.mentions, `${who} mentions`, problems);
    for (const r of entity.roles) {
      checkSpan(text, r, `${who} role ${JSON.stringify(r.text)}@${r.start}`, problems, r.text);
    }
  }
  allMentions.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  for (let i = 1; i < allMentions.length; i++) {
    const prev = allMentions[i - 1], cur = allMentions[i];
    if (cur.span.start < prev.span.end) {
      problems.push(`${label}: mentions overlap: [${prev.span.start}, ${prev.span.end}) of ${prev.entityId} and [${cur.span.start}, ${cur.span.end}) of ${cur.entityId}`);
    }
  }
  for (const q of analysis.quotes) {
    const what = `${label}: quote@${q.start}`;
    checkSpan(text, q, what, problems, q.text);
    if (q.speakerId !== null && !ids.has(q.speakerId)) {
      problems.push(`${what}: speakerId ${JSON.stringify(q.speakerId)} is not an entity of the document`);
    }
    if (q.attribution) {
      checkSpan(text, q.attribution, `${what} attribution`, problems);
    }
  }
  checkOrder(analysis.quotes, `${label}: quotes`, problems);
  return problems;
}

function sameQuote(x: Quote, y: Quote): boolean {
  return x.start === y.start && x.end === y.end && x.text === y.text;
}

function checkSide(doc: DocumentAnalysis, side: EntitySide, id: string, what: string, problems: string[]): void {
  const entity = doc.entities.find(e => e.id === id);
  if (!entity) {
    problems.push(`${what}: entity ${JSON.stringify(id)} is not in its document`);
    return;
  }
  if (side.entity.id !== id) {
    problems.push(`${what}: side.entity.id ${JSON.stringify(side.entity.id)} differs from ${JSON.stringify(id)}`);
  }
  if (side.mentionCount !== entity.mentions.length) {
    problems.push(`${what}: mentionCount ${side.mentionCount} but the entity has ${entity.mentions.length} mentions`);
  }
  for (const q of side.quotes) {
    if (!doc.quotes.some(d => sameQuote(d, q))) {
      problems.push(`${what}: quote@${q.start} is not a quote of its document`);
    }
  }
}

const GROUP_ORDER = { both: 0, onlyA: 1, onlyB: 2 } as const;

/**
 * Checks a cross-reference of two analysed texts: both sides still fit their texts, every entity is in exactly
 * one presence group, counts agree, and quote matches refer to quotes that exist.
 */
export function checkCrossReference(textA: string, textB: string, inputA: DocumentAnalysis, inputB: DocumentAnalysis, cr: CrossReference): string[] {
  const problems = [...checkAnalysis(textA, cr.a, 'cr.a'), ...checkAnalysis(textB, cr.b, 'cr.b')];
  for (const [side, input, out] of [['a', inputA, cr.a], ['b', inputB, cr.b]] as const) {
    const mentions = (d: DocumentAnalysis) => d.entities.reduce((n, e) => n + e.mentions.length, 0);
    if (out.entities.length !== input.entities.length || mentions(out) !== mentions(input) || out.quotes.length !== input.quotes.length) {
      problems.push(`cr.${side}: ${out.entities.length} entities / ${mentions(out)} mentions / ${out.quotes.length} quotes, but the input had ${input.entities.length} / ${mentions(input)} / ${input.quotes.length}`);
    }
  }
  const seen = new Map<string, string>();
  let lastGroup = 0;
  for (const c of cr.entities) {
    const what = `cr entity ${JSON.stringify(c.id)} (${c.presence})`;
    if (seen.has(c.id)) {
      problems.push(`${what}: listed twice (also as ${seen.get(c.id)})`);
    }
    seen.set(c.id, c.presence);
    const group = GROUP_ORDER[c.presence];
    if (group === undefined) {
      problems.push(`${what}: unknown presence`);
      continue;
    }
    if (group < lastGroup) {
      problems.push(`${what}: groups out of order (both, onlyA, onlyB)`);
    }
    lastGroup = group;
    const inA = cr.a.entities.some(e => e.id === c.id), inB = cr.b.entities.some(e => e.id === c.id);
    const expected = inA && inB ? 'both' : inA ? 'onlyA' : inB ? 'onlyB' : 'neither';
    if (expected !== c.presence) {
      problems.push(`${what}: the documents say ${expected}`);
    }
    if ((c.a !== undefined) !== inA || (c.b !== undefined) !== inB) {
      problems.push(`${what}: sides present do not match presence`);
    }
    if (c.a) {
      checkSide(cr.a, c.a, c.id, `${what} side a`, problems);
    }
    if (c.b) {
      checkSide(cr.b, c.b, c.id, `${what} side b`, problems);
    }
  }
  for (const [side, doc] of [['a', cr.a], ['b', cr.b]] as const) {
    for (const e of doc.entities) {
      if (!seen.has(e.id)) {
        problems.push(`cr.${side} entity ${JSON.stringify(e.id)} is in no presence group`);
      }
    }
  }
  for (const m of cr.quoteMatches) {
    const what = `quote match a@${m.a.start} ~ b@${m.b.start}`;
    if (!cr.a.quotes.some(q => sameQuote(q, m.a)) || !cr.b.quotes.some(q => sameQuote(q, m.b))) {
      problems.push(`${what}: refers to a quote that is not in its document`);
    }
    if (!(m.similarity >= 0 && m.similarity <= 1)) {
      problems.push(`${what}: similarity ${m.similarity} outside 0..1`);
    }
    if (m.kind !== 'identical' && m.kind !== 'reworded') {
      problems.push(`${what}: unknown kind ${JSON.stringify(m.kind)}`);
    }
    const mismatch = m.a.speakerId !== null && m.b.speakerId !== null && m.a.speakerId !== m.b.speakerId;
    if (m.speakerMismatch !== mismatch) {
      problems.push(`${what}: speakerMismatch ${m.speakerMismatch} but speakers are ${m.a.speakerId} / ${m.b.speakerId}`);
    }
  }
  for (const [side, doc, unmatched] of [['a', cr.a, cr.unmatchedQuotes.a], ['b', cr.b, cr.unmatchedQuotes.b]] as const) {
    for (const q of doc.quotes) {
      const matched = cr.quoteMatches.some(m => sameQuote(m[side], q));
      const listed = unmatched.some(u => sameQuote(u, q));
      if (matched === listed) {
        problems.push(`cr.${side} quote@${q.start}: ${matched ? 'both matched and listed as unmatched' : 'neither matched nor listed as unmatched'}`);
      }
    }
  }
  return problems;
}
