// Explanations: the decisions of the trail (trail.ts) given to what they were about. A decision belongs to
// the entity one of whose mentions has its span, to the role with its span, or to the quote whose span or
// attribution has it; a span inside several of those goes to the smallest. Generic in tables and rules: a
// new table that records decisions for mention, role or quote spans shows up here with no further work.
import type { DocumentAnalysis, Entity, Quote, Role, Span, Why } from '../model';
import type { Decision } from './trail';

type Owner = { readonly kind: 'entity'; readonly entity: Entity } | { readonly kind: 'role'; readonly role: Role } | { readonly kind: 'quote'; readonly quote: Quote };

interface Target extends Span {
  readonly owner: Owner;
}

const spanKey = (span: Span): string => `${span.start}:${span.end}`;

/** A quote's span without its marks; a decision may be recorded with them. */
const QUOTE_MARK_SLACK = 1;

function targetsOf(analysis: DocumentAnalysis): { short: Target[]; quotes: Target[] } {
  const short: Target[] = [];
  for (const entity of analysis.entities) {
    const owner: Owner = { kind: 'entity', entity };
    short.push(...entity.mentions.map(mention => ({ start: mention.start, end: mention.end, owner })));
    short.push(...entity.roles.map(role => ({ start: role.start, end: role.end, owner: { kind: 'role', role } as Owner })));
  }
  const quotes: Target[] = [];
  for (const quote of analysis.quotes) {
    const owner: Owner = { kind: 'quote', quote };
    quotes.push({ start: quote.start - QUOTE_MARK_SLACK, end: quote.end + QUOTE_MARK_SLACK, owner });
    if (quote.attribution) {
      quotes.push({ start: quote.attribution.start, end: quote.attribution.end, owner });
    }
  }
  return { short: short.sort((a, b) => a.start - b.start), quotes };
}

/** How far back a containing mention or role may start: they are a few words long. */
const SHORT_SPAN_REACH = 400;

/** The smallest target containing the span, or undefined. */
function containing(span: Span, short: readonly Target[], quotes: readonly Target[]): Target | undefined {
  let best: Target | undefined;
  const consider = (target: Target) => {
    if (target.start <= span.start && span.end <= target.end && (!best || target.end - target.start < best.end - best.start)) {
      best = target;
    }
  };
  // The last short target starting at or before the span, then back while one could still reach it.
  let low = 0, high = short.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (short[middle].start <= span.start) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  for (let i = low - 1; i >= 0 && short[i].start >= span.start - SHORT_SPAN_REACH; i--) {
    consider(short[i]);
  }
  quotes.forEach(consider);
  return best;
}

/** Decisions counted by table, rule and outcome, in the order first seen. */
function tally(decisions: readonly Decision[]): Why[] {
  const byKey = new Map<string, { table: string; rule: string; outcome?: string; count: number }>();
  for (const decision of decisions) {
    const key = `${decision.table}\u0000${decision.rule}\u0000${decision.outcome ?? ''}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
    } else {
      byKey.set(key, { table: decision.table, rule: decision.rule, ...(decision.outcome === undefined ? {} : { outcome: decision.outcome }), count: 1 });
    }
  }
  return [...byKey.values()];
}

/** The decisions of an entity, those whose outcome is its kind (the rules that made it what it is) first. */
function entityWhy(entity: Entity, decisions: readonly Decision[]): Why[] {
  const all = tally(decisions);
  return [...all.filter(why => why.outcome === entity.kind), ...all.filter(why => why.outcome !== entity.kind)];
}

/** Gives each decision to what it was about; the result carries a `why` on every entity, role and quote with decisions. */
export function explainAnalysis(analysis: DocumentAnalysis, decisions: readonly Decision[]): DocumentAnalysis {
  const { short, quotes } = targetsOf(analysis);
  const exact = new Map<string, Target>();
  // The first target listed for a span wins: a mention before a role, a quote before its attribution.
  for (const target of [...short, ...quotes]) {
    if (!exact.has(spanKey(target))) {
      exact.set(spanKey(target), target);
    }
  }
  const owned = new Map<object, Decision[]>();
  for (const decision of decisions) {
    const target = exact.get(spanKey(decision)) ?? containing(decision, short, quotes);
    if (target) {
      const key = target.owner.kind === 'entity' ? target.owner.entity : target.owner.kind === 'role' ? target.owner.role : target.owner.quote;
      const list = owned.get(key);
      if (list) {
        list.push(decision);
      } else {
        owned.set(key, [decision]);
      }
    }
  }
  const withWhy = <T extends object>(item: T, why: Why[] | undefined): T => (why?.length ? { ...item, why } : item);
  const roleWhy = (role: Role) => withWhy(role, owned.has(role) ? tally(owned.get(role)!) : undefined);
  const entities = analysis.entities.map(entity => withWhy({ ...entity, roles: entity.roles.map(roleWhy) },
    owned.has(entity) ? entityWhy(entity, owned.get(entity)!) : undefined));
  // A mention's entityId, a quote's speakerId: ids are unchanged, so no reference needs mending.
  const explainedQuotes = analysis.quotes.map(quote => withWhy(quote, owned.has(quote) ? tally(owned.get(quote)!) : undefined));
  return { ...analysis, entities, quotes: explainedQuotes };
}

/** The one rule a hover card shows for an entity (the first that gave its kind), a role or a quote (the first). */
export function headlineWhy(why: readonly Why[] | undefined, shown?: string): Why | undefined {
  return shown === undefined ? why?.[0] : why?.find(entry => entry.outcome === shown);
}

/**
 * The analysis with each `why` cut to its headline, for the trip from the worker to the hover card:
 * one entry per entity, role and quote instead of one per rule and mention.
 */
export function withHeadlinesOnly(analysis: DocumentAnalysis): DocumentAnalysis {
  const cut = <T extends { readonly why?: readonly Why[] }>(item: T, shown?: string): T => {
    if (!item.why) {
      return item;
    }
    const headline = headlineWhy(item.why, shown);
    const rest: T & { why?: readonly Why[] } = { ...item };
    delete rest.why;
    return headline ? { ...rest, why: [headline] } : rest;
  };
  return {
    ...analysis,
    entities: analysis.entities.map(entity => cut({ ...entity, roles: entity.roles.map(role => cut(role)) }, entity.kind)),
    quotes: analysis.quotes.map(quote => cut(quote)),
  };
}
