// Runs inside the quotes webview: renders the rows the host sends, and asks the host to reveal a quote
// when one is chosen. DOM is built with textContent only; article text never becomes markup.
import type { DiffToken, QuoteCell, QuoteRow } from '../core/quoteRows';
import { CREDITED_DIFFERENTLY, SAME_SOURCE, UNATTRIBUTED, capitalised } from '../core/vocabulary';
import type { HostToViewMessage, ViewToHostMessage } from './protocol';
import { el } from './dom';

interface VsCodeApi {
  postMessage(message: ViewToHostMessage): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

const KIND_LABEL: Record<QuoteRow['kind'], string> = {
  identical: 'Identical',
  reworded: 'Reworded',
  onlyA: 'Only in A',
  onlyB: 'Only in B',
};

function tokenNode(t: DiffToken): Node {
  if (t.kind === 'same') {
    return document.createTextNode(t.text);
  }
  // <del>/<ins> carry the meaning to screen readers; the class gives the theme colour.
  const node = el(t.kind === 'removed' ? 'del' : 'ins', 'diff-' + t.kind, t.text);
  node.title = t.kind === 'removed' ? 'Not in the other article' : 'Only in this article';
  return node;
}

function quoteCell(cell: QuoteCell | undefined, article: string): HTMLElement {
  const box = el('div', 'cell');
  if (!cell) {
    box.classList.add('empty');
    box.textContent = '—';
    return box;
  }
  box.appendChild(el('div', 'speaker', cell.speaker ?? capitalised(UNATTRIBUTED)));
  if (cell.cue) {
    box.appendChild(el('div', 'cue', `Credited by: “${cell.cue}”`));
  }
  if (cell.weakCredit) {
    const weak = el('div', 'weak-credit', `⚠ Check this credit: ${cell.weakCredit}`);
    weak.setAttribute('role', 'note');
    box.appendChild(weak);
  }
  const button = el('button', 'quote');
  button.type = 'button';
  button.title = `Reveal in ${article}`;
  button.setAttribute('aria-label', `Quote in ${article}${cell.speaker ? ', credited to ' + cell.speaker : ', ' + UNATTRIBUTED}: ${cell.text}`);
  button.appendChild(el('span', 'mark', '“'));
  for (const t of cell.tokens) {
    button.appendChild(tokenNode(t));
  }
  button.appendChild(el('span', 'mark', '”'));
  button.addEventListener('click', () => vscode.postMessage({ type: 'revealQuote', side: cell.side, start: cell.start, end: cell.end }));
  box.appendChild(button);
  return box;
}

function kindLabel(kind: QuoteRow['kind'], articles: { a: string; b: string }): string {
  if (kind === 'onlyA') {
    return `Only in ${articles.a}`;
  }
  if (kind === 'onlyB') {
    return `Only in ${articles.b}`;
  }
  return KIND_LABEL[kind];
}

function renderRow(row: QuoteRow, articles: { a: string; b: string }): HTMLElement {
  const section = el('section', 'row kind-' + row.kind);
  const head = el('div', 'row-head');
  head.appendChild(el('span', 'badge badge-' + row.kind, kindLabel(row.kind, articles)));
  if (row.kind === 'reworded' && row.similarity !== undefined) {
    head.appendChild(el('span', 'similarity', `${Math.round(row.similarity * 100)} % shared words`));
  }
  if (row.speakerMismatch) {
    head.appendChild(el('span', 'badge badge-mismatch', capitalised(CREDITED_DIFFERENTLY)));
  } else if (row.sameSource) {
    const badge = el('span', 'badge badge-same-source', capitalised(SAME_SOURCE));
    badge.title = 'A person in one article, the organisation named in their role in the other';
    head.appendChild(badge);
  }
  section.appendChild(head);
  const cells = el('div', 'cells');
  cells.appendChild(quoteCell(row.a, articles.a));
  cells.appendChild(quoteCell(row.b, articles.b));
  section.appendChild(cells);
  return section;
}

function renderComparison(articles: { a: string; b: string }, rows: readonly QuoteRow[]): void {
  root.replaceChildren();
  const header = el('div', 'columns');
  header.appendChild(el('div', 'column-title', articles.a));
  header.appendChild(el('div', 'column-title', articles.b));
  root.appendChild(header);
  if (!rows.length) {
    root.appendChild(el('p', 'message', 'Neither article contains a quotation.'));
    return;
  }
  const matched = rows.filter(r => r.kind === 'identical' || r.kind === 'reworded').length;
  root.appendChild(el('p', 'summary', `${matched} quoted in both, ${rows.length - matched} in one article only.`));
  for (const row of rows) {
    root.appendChild(renderRow(row, articles));
  }
}

window.addEventListener('message', (event: MessageEvent<HostToViewMessage | undefined>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') {
    return;
  }
  if (message.type === 'showComparison' && Array.isArray(message.rows)) {
    renderComparison(message.articles, message.rows);
  } else if (message.type === 'showMessage' && typeof message.text === 'string') {
    root.replaceChildren(el('p', 'message', message.text));
  }
});

vscode.postMessage({ type: 'ready' });
