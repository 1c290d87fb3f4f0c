// Runs inside the coverage webview: draws the matrices, shared quotations and suggestions the host sends,
// and reports clicks (reveal a mention, merge, not the same). DOM from text nodes only: article text never
// becomes markup. Every control is a button or a link-like button, so the keyboard reaches all of them.
import type { CoverageViewModel, MatrixRow, SuggestionView, VariantView } from '../core/coverageMatrix';
import type { DiffToken } from '../core/quotes/diffWords';
import type { CoverageToHostMessage, HostToCoverageMessage } from './coverageProtocol';
import { el } from './dom';

interface VsCodeApi {
  postMessage(message: CoverageToHostMessage): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A matrix: rows of names, one column per article, each cell a heat-coloured count that opens its span. */
function matrix(caption: string, articles: readonly string[], rows: readonly MatrixRow[], unit: string, extra?: { label: string; counts: readonly number[] }): HTMLElement {
  const table = el('table', 'matrix');
  table.appendChild(el('caption', undefined, caption));
  const head = el('tr');
  head.appendChild(el('th', 'corner', unit === 'mention' ? 'Entity' : 'Speaker'));
  articles.forEach(name => {
    const th = el('th', 'article', name);
    th.scope = 'col';
    th.title = name;
    head.appendChild(th);
  });
  table.appendChild(el('thead')).appendChild(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr', 'presence-' + row.presence);
    const th = el('th', 'name kind-' + row.kind);
    th.scope = 'row';
    th.appendChild(el('span', 'kind-icon', row.kind === 'person' ? '●' : '■')).setAttribute('aria-hidden', 'true');
    th.appendChild(document.createTextNode(row.name));
    tr.appendChild(th);
    row.cells.forEach((cell, article) => {
      const td = el('td', 'cell heat-' + cell.heat);
      if (cell.count && cell.target) {
        const target = cell.target;
        const button = el('button', 'count', String(cell.count));
        button.type = 'button';
        button.title = `${plural(cell.count, unit)} in ${articles[article]}: open the first`;
        button.setAttribute('aria-label', `${row.name}: ${button.title}`);
        button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', article, start: target.start, end: target.end }));
        td.appendChild(button);
      } else {
        td.appendChild(el('span', 'none', cell.count ? String(cell.count) : '·')).setAttribute('aria-label', `${row.name}: not in ${articles[article]}`);
      }
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }
  if (extra) {
    const tr = el('tr', 'extra');
    tr.appendChild(el('th', 'name', extra.label)).setAttribute('scope', 'row');
    extra.counts.forEach(n => tr.appendChild(el('td', 'cell', String(n))));
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

function tokenNode(t: DiffToken): Node {
  if (t.kind === 'same') {
    return document.createTextNode(t.textB ?? t.text);
  }
  const node = el(t.kind === 'removed' ? 'del' : 'ins', 'diff-' + t.kind, t.text);
  node.title = t.kind === 'removed' ? 'In the first version, not in this one' : 'Only in this version';
  return node;
}

function variantLabel(v: VariantView): string {
  const how = v.match === 'first' ? 'First' : v.match === 'identical' ? 'Identical' : `Reworded (${Math.round(v.similarity * 100)} % shared words)`;
  return v.creditedDifferently ? `${how} · credited to someone else` : how;
}

function quoteGroup(variants: readonly VariantView[], articles: readonly string[], index: number): HTMLElement {
  const section = el('section', 'group');
  section.appendChild(el('h3', undefined, `Quotation ${index + 1}: ${plural(new Set(variants.map(v => v.article)).size, 'article')}`));
  const list = el('ul', 'variants');
  for (const v of variants) {
    const item = el('li', 'variant match-' + v.match + (v.creditedDifferently ? ' credited-differently' : ''));
    const head = el('div', 'variant-head');
    head.appendChild(el('span', 'article-name', articles[v.article]));
    head.appendChild(el('span', 'badge', variantLabel(v)));
    head.appendChild(el('span', 'speaker', v.speaker ?? 'Unattributed'));
    item.appendChild(head);
    const button = el('button', 'quote');
    button.type = 'button';
    button.title = `Reveal in ${articles[v.article]}`;
    button.setAttribute('aria-label', `${variantLabel(v)} in ${articles[v.article]}, ${v.speaker ? 'credited to ' + v.speaker : 'unattributed'}: ${v.text}`);
    button.appendChild(el('span', 'mark', '“'));
    for (const node of v.tokens ? v.tokens.map(tokenNode) : [document.createTextNode(v.text)]) {
      button.appendChild(node);
    }
    button.appendChild(el('span', 'mark', '”'));
    button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', article: v.article, start: v.start, end: v.end }));
    item.appendChild(button);
    list.appendChild(item);
  }
  section.appendChild(list);
  return section;
}

function suggestion(s: SuggestionView, articles: readonly string[]): HTMLElement {
  const item = el('li', 'suggestion');
  const files = (list: readonly number[]): string => list.map(i => articles[i]).join(', ');
  const text = el('p');
  text.appendChild(el('strong', undefined, s.a.name));
  text.appendChild(document.createTextNode(` in ${files(s.a.articles)} and `));
  text.appendChild(el('strong', undefined, s.b.name));
  text.appendChild(document.createTextNode(` in ${files(s.b.articles)} may be one ${s.kind === 'person' ? 'person' : 'organisation'}: ${s.explanation}.`));
  item.appendChild(text);
  const merge = el('button', 'action primary', 'Merge');
  merge.type = 'button';
  merge.setAttribute('aria-label', `Merge ${s.a.name} and ${s.b.name}`);
  merge.addEventListener('click', () => vscode.postMessage({ type: 'merge', a: s.a.id, b: s.b.id }));
  const distinct = el('button', 'action', 'Not the same');
  distinct.type = 'button';
  distinct.setAttribute('aria-label', `${s.a.name} and ${s.b.name} are not the same`);
  distinct.addEventListener('click', () => vscode.postMessage({ type: 'notSame', a: s.a.id, b: s.b.id }));
  item.append(merge, distinct);
  return item;
}

function render(model: CoverageViewModel): void {
  root.replaceChildren();
  const inAll = model.entities.filter(e => e.presence === 'all').length;
  root.appendChild(el('h1', undefined, `Coverage of ${plural(model.articles.length, 'article')}`));
  root.appendChild(el('p', 'summary', `People and organisations named: ${model.entities.length}, in every article: ${inAll}. Quotations carried by more than one article: ${model.quoteGroups.length}.`));
  if (model.suggestions.length) {
    const box = el('section', 'suggestions');
    box.appendChild(el('h2', undefined, 'Possibly the same'));
    const list = el('ul');
    model.suggestions.forEach(s => list.appendChild(suggestion(s, model.articles)));
    box.appendChild(list);
    root.appendChild(box);
  }
  root.appendChild(el('h2', undefined, 'Who each article names'));
  root.appendChild(matrix('Mentions per article (darker: more). Choose a count to open the first mention.', model.articles, model.entities, 'mention'));
  root.appendChild(el('h2', undefined, 'Who each article quotes'));
  root.appendChild(model.speakers.length
    ? matrix('Quotations per article. Choose a count to open the first quotation.', model.articles, model.speakers, 'quotation', { label: 'Unattributed', counts: model.unattributed })
    : el('p', 'message', 'No article credits a quotation to a named speaker.'));
  root.appendChild(el('h2', undefined, 'Shared quotations'));
  if (!model.quoteGroups.length) {
    root.appendChild(el('p', 'message', 'No quotation appears in more than one article.'));
  }
  model.quoteGroups.forEach((g, i) => root.appendChild(quoteGroup(g, model.articles, i)));
}

window.addEventListener('message', (event: MessageEvent<HostToCoverageMessage | undefined>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') {
    return;
  }
  if (message.type === 'showCoverage' && message.model && Array.isArray(message.model.entities)) {
    render(message.model);
  } else if (message.type === 'showMessage' && typeof message.text === 'string') {
    root.replaceChildren(el('p', 'message', message.text));
  }
});

vscode.postMessage({ type: 'ready' });
