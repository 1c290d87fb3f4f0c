// Runs inside the Compare Claims webview: draws the comparison the host sends and asks the host to reveal a
// claim when one is chosen. DOM is built with textContent only; article text never becomes markup.
import type { DiffToken } from '../core/quotes/diffWords';
import type { AlignedClaimRow, ClaimSpanRow, ClaimsHostMessage, ClaimsViewMessage, ShowClaimsMessage } from './claimsProtocol';
import { el } from './dom';

interface VsCodeApi {
  postMessage(message: ClaimsViewMessage): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

/** A button that reveals a span of one article; its content is built by the caller. */
function revealButton(side: 'a' | 'b', span: ClaimSpanRow, article: string, className: string): HTMLButtonElement {
  const button = el('button', className);
  button.type = 'button';
  button.title = `Reveal in ${article}`;
  button.addEventListener('click', () => vscode.postMessage({ type: 'revealClaim', side, start: span.start, end: span.end }));
  return button;
}

/** Diff tokens of one side: "removed" runs are A's own words, "added" runs B's own words. */
function sideTokens(tokens: readonly DiffToken[], side: 'a' | 'b'): Node[] {
  const nodes: Node[] = [];
  for (const t of tokens) {
    if (t.kind === 'same') {
      nodes.push(document.createTextNode(side === 'a' ? t.text : t.textB ?? t.text));
    } else if ((t.kind === 'removed') === (side === 'a')) {
      const node = el('mark', 'own', t.text);
      node.title = 'Not in the other article';
      nodes.push(node);
    }
  }
  return nodes;
}

function section(title: string, count: number, className: string): HTMLElement {
  const box = el('section', className);
  box.appendChild(el('h2', undefined, `${title} (${count})`));
  return box;
}

function alignedRow(pair: AlignedClaimRow, articles: ShowClaimsMessage['articles']): HTMLElement {
  const box = el('div', 'pair');
  for (const side of ['a', 'b'] as const) {
    const button = revealButton(side, pair[side], articles[side], 'claim');
    button.setAttribute('aria-label', `Claim in ${articles[side]}: ${pair[side].text}`);
    sideTokens(pair.diff, side).forEach(n => button.appendChild(n));
    box.appendChild(button);
  }
  const meta = el('div', 'meta', `${Math.round(pair.similarity * 100)}% alike`);
  if (pair.conflicts) {
    meta.appendChild(el('span', 'badge', `${pair.conflicts} number${pair.conflicts > 1 ? 's' : ''} disagree`));
  }
  box.appendChild(meta);
  return box;
}

function onlyList(side: 'a' | 'b', claims: readonly ClaimSpanRow[], article: string): HTMLElement {
  const box = section(`Only in ${side.toUpperCase()}: ${article}`, claims.length, `only only-${side}`);
  const list = el('ul');
  for (const claim of claims) {
    const item = el('li');
    const button = revealButton(side, claim, article, 'claim');
    button.textContent = claim.text;
    item.appendChild(button);
    list.appendChild(item);
  }
  box.appendChild(list);
  return box;
}

function draw(message: ShowClaimsMessage): void {
  const { articles } = message;
  const header = el('header', 'columns');
  header.appendChild(el('div', 'column-title', `A: ${articles.a}`));
  header.appendChild(el('div', 'column-title', `B: ${articles.b}`));
  const summary = el('p', 'summary',
    `${message.aligned.length} claims in both · ${message.onlyA.length} only in A · ${message.onlyB.length} only in B · ${message.conflicts.length} numbers disagree`);
  const parts: HTMLElement[] = [header, summary];
  if (message.conflicts.length) {
    const box = section('Numbers that disagree', message.conflicts.length, 'conflicts');
    for (const c of message.conflicts) {
      const item = el('div', 'conflict');
      item.appendChild(el('span', 'counts', c.counts));
      for (const side of ['a', 'b'] as const) {
        const button = revealButton(side, c[side], articles[side], 'figure');
        button.textContent = `${side.toUpperCase()}: ${c[side].text}`;
        button.setAttribute('aria-label', `${articles[side]} says ${c[side].text}, in: ${side === 'a' ? c.claimA.text : c.claimB.text}`);
        item.appendChild(button);
      }
      box.appendChild(item);
    }
    parts.push(box);
  }
  const both = section('Reported by both', message.aligned.length, 'aligned');
  message.aligned.forEach(pair => both.appendChild(alignedRow(pair, articles)));
  parts.push(both, onlyList('a', message.onlyA, articles.a), onlyList('b', message.onlyB, articles.b));
  root.replaceChildren(...parts);
}

window.addEventListener('message', (event: MessageEvent<ClaimsHostMessage>) => {
  const message = event.data;
  if (message?.type === 'showClaims') {
    draw(message);
  } else if (message?.type === 'showNotice') {
    root.replaceChildren(el('p', 'message', message.text));
  }
});

vscode.postMessage({ type: 'ready' });
