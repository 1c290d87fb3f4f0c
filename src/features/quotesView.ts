// The Quotes webview view: every quote of both articles, matched quotes side by side with the differing
// words marked. The host computes the rows; the webview only draws them and reports clicks.
import * as vscode from 'vscode';
import { buildQuoteRows, type QuoteRow, type SpanReader } from '../core/quoteRows';
import { Commands, Views } from '../ids';
import { isViewToHostMessage, type HostToViewMessage } from '../webview/protocol';
import type { FeatureDeps } from './deps';
import { revealSpan } from '../services/revealSpan';

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export class QuotesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last message sent (or that would have been sent) to the webview, for tests. */
  lastMessage: HostToViewMessage | undefined;
  /** Messages rejected by the validator (for tests and diagnostics). */
  rejected = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly deps: FeatureDeps) {
    // Only a visible view is kept current; it catches up when it becomes visible.
    this.disposables.push(deps.comparison.onDidChange(() => this.view?.visible && void this.update()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    webview.html = this.html(webview);
    const listeners = [
      webview.onDidReceiveMessage(m => void this.handleMessage(m)),
      view.onDidChangeVisibility(() => view.visible && void this.update()),
    ];
    view.onDidDispose(() => {
      listeners.forEach(l => l.dispose());
      this.view = undefined;
      this.ready = false;
    });
  }

  /** Validates and acts on a message from the webview; false when it was rejected. */
  async handleMessage(message: unknown): Promise<boolean> {
    if (!isViewToHostMessage(message)) {
      this.rejected++;
      return false;
    }
    if (message.type === 'ready') {
      this.ready = true;
      await this.update();
      return true;
    }
    const uri = this.deps.comparison.pair?.[message.side];
    if (!uri) {
      return false;
    }
    return (await revealSpan({ uri, start: message.start, end: message.end })) !== undefined;
  }

  /** Recomputes the rows and sends them to the webview when it is showing. */
  async update(): Promise<HostToViewMessage> {
    const generation = ++this.generation;
    const message = await this.compute();
    if (generation === this.generation) {
      this.lastMessage = message;
      if (this.view && this.ready) {
        void this.view.webview.postMessage(message);
      }
    }
    return message;
  }

  private async compute(): Promise<HostToViewMessage> {
    const pair = this.deps.comparison.pair;
    if (!pair) {
      return { type: 'showMessage', text: 'Choose two articles to compare (News Lens: Compare With…) to see their quotes side by side.' };
    }
    const xref = await this.deps.comparison.crossReference();
    if (!xref) {
      return { type: 'showMessage', text: 'One of the two articles could not be analysed (too large, closed or unreadable).' };
    }
    const rows: QuoteRow[] = buildQuoteRows(xref, undefined, await this.spanReader(pair));
    return { type: 'showComparison', articles: this.deps.comparison.names(pair), rows };
  }

  /** Reads attributions from the two articles' documents (open, since they were just analysed). */
  private async spanReader(pair: { a: vscode.Uri; b: vscode.Uri }): Promise<SpanReader | undefined> {
    try {
      const [a, b] = await Promise.all([vscode.workspace.openTextDocument(pair.a), vscode.workspace.openTextDocument(pair.b)]);
      return (side, span) => {
        const document = side === 'a' ? a : b;
        return document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      };
    } catch {
      return undefined;
    }
  }

  private html(webview: vscode.Webview): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'quotesView.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'quotesView.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${n}'`, `img-src 'none'`, `font-src 'none'`, `connect-src 'none'`, `form-action 'none'`, `base-uri 'none'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Quotes</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="message">Loading…</p></main>
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}

export function registerQuotesView(context: vscode.ExtensionContext, deps: FeatureDeps): QuotesViewProvider {
  const provider = new QuotesViewProvider(context.extensionUri, deps);
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(Views.quotes, provider),
    vscode.commands.registerCommand(Commands.showQuoteComparison, async () => {
      await vscode.commands.executeCommand(`${Views.quotes}.focus`);
      return provider.update();
    }),
  );
  return provider;
}
