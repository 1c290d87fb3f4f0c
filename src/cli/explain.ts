// What `analyze --explain` adds: for every entity, role and quotation, the rules that decided about it
// (the `why` of an explained analysis, rules/explain.ts), as text under the tables or, in JSON, a `why`
// on each and the reasons of the rules used.
import type { DocumentAnalysis, Why } from '../core/model';
import { registeredRuleTables } from '../core/rules/ruleTable';
import { UNATTRIBUTED } from '../core/vocabulary';

/** "kind-of-name/title-before-name ×2 → person". */
function whyText(why: Why): string {
  const count = why.count > 1 ? ` \u00d7${why.count}` : '';
  return `${why.table}/${why.rule}${count}${why.outcome ? ` \u2192 ${why.outcome}` : ''}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

/** The explanation of one analysis as indented lines, entity by entity, then quote by quote. */
export function explanationText(analysis: DocumentAnalysis): string {
  const out = ['', 'WHY (table/rule \u00d7times \u2192 outcome)'];
  const rules = (why: readonly Why[] | undefined, indent: string) => (why?.length ? why.map(entry => indent + whyText(entry)) : [`${indent}(no rule recorded)`]);
  for (const entity of analysis.entities) {
    out.push(`  ${entity.name} (${entity.kind})`, ...rules(entity.why, '    '));
    for (const role of entity.roles) {
      out.push(`    role \u201c${oneLine(role.text, 60)}\u201d`, ...rules(role.why, '      '));
    }
  }
  for (const quote of analysis.quotes) {
    const speaker = quote.speakerId === null ? UNATTRIBUTED : analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? quote.speakerId;
    out.push(`  quote \u201c${oneLine(quote.text, 50)}\u201d \u2014 ${speaker}`, ...rules(quote.why, '    '));
  }
  return out.join('\n') + '\n';
}

/** "table/rule" → reason, for every rule the analyses' explanations name. */
export function reasonsOfRules(analyses: readonly DocumentAnalysis[]): Record<string, string> {
  const used = new Set<string>();
  const note = (why: readonly Why[] | undefined) => why?.forEach(entry => used.add(`${entry.table}/${entry.rule}`));
  for (const analysis of analyses) {
    analysis.entities.forEach(entity => { note(entity.why); entity.roles.forEach(role => note(role.why)); });
    analysis.quotes.forEach(quote => note(quote.why));
  }
  const reasons: Record<string, string> = {};
  for (const table of registeredRuleTables()) {
    for (const rule of table.rules) {
      const key = `${table.id}/${rule.id}`;
      if (used.has(key)) {
        reasons[key] = rule.reason;
      }
    }
  }
  return reasons;
}
