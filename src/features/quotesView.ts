// The Quotes webview: every quote of both articles, matched quotes side by side with the differing
// words marked. The host computes the rows; the webview only draws them and reports clicks. It shows in
// the side bar (a webview view) and, on request, in the editor area at full width (a webview panel);
// both surfaces draw the same rows.
import * as vscode from 'vscode';
import { buildQuoteRows, type QuoteRow, type SpanReader } from '../core/quoteRows';
import { Commands, Views } from '../ids';
import { isViewToHostMessage, type HostToViewMessage } from '../webview/protocol';
import type { FeatureDeps } from './deps';
import { revealSpan } from '../services/revealSpan';
import { webviewShellHtml } from '../services/webviewShell';


/** A webview showing the rows: the side-bar view or the editor panel. */
interface Surface {
  readonly webview: vscode.Webview;
  readonly visible: () => boolean;
  ready: boolean;
}

/** The editor panel's view type (VS Code restores nothing for it: it is reopened from the command). */
export const QUOTES_PANEL_TYPE = 'newsLens.quotesPanel';

export class QuotesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private readonly surfaces = new Set<Surface>();
  private panel: vscode.WebviewPanel | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last message sent (or that would have been sent) to the webview, for tests. */
  lastMessage: HostToViewMessage | undefined;
  /** Messages rejected by the validator (for tests and diagnostics). */
  rejected = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly deps: FeatureDeps) {
    // Only a visible view is kept current; it catches up when it becomes visible.
    this.disposables.push(deps.comparison.onDidChange(() => [...this.surfaces].some(s => s.visible()) && void this.update()));
  }

  private get webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  /** Draws into a webview until it is disposed; returns the listeners to dispose with it. */
  private attach(webview: vscode.Webview, visible: () => boolean): { surface: Surface; listeners: vscode.Disposable[] } {
    const surface: Surface = { webview, visible, ready: false };
    webview.html = this.html(webview);
    this.surfaces.add(surface);
    const listeners = [webview.onDidReceiveMessage(m => void this.handleMessage(m, surface))];
    return { surface, listeners };
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    view.webview.options = this.webviewOptions;
    const { surface, listeners } = this.attach(view.webview, () => view.visible);
    listeners.push(view.onDidChangeVisibility(() => view.visible && void this.update()));
    view.onDidDispose(() => {
      listeners.forEach(l => l.dispose());
      this.surfaces.delete(surface);
    });
  }

  /**
   * Shows the quotes in the editor area, in a tab of the active group (full width when the group is),
   * or brings the open one forward. Returns the rows' message.
   */
  async openInEditor(): Promise<HostToViewMessage> {
    if (this.panel) {
      this.panel.reveal();
      return this.update();
    }
    const panel = vscode.window.createWebviewPanel(QUOTES_PANEL_TYPE, 'News Lens: Quotes', vscode.ViewColumn.Active, { ...this.webviewOptions, retainContextWhenHidden: false });
    this.panel = panel;
    const { surface, listeners } = this.attach(panel.webview, () => panel.visible);
    listeners.push(panel.onDidChangeViewState(() => panel.visible && void this.update()));
    panel.onDidDispose(() => {
      listeners.forEach(l => l.dispose());
      this.surfaces.delete(surface);
      this.panel = undefined;
    });
    return this.update();
  }

  /** Whether the editor panel is open (for tests). */
  get panelOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Validates and acts on a message from a webview; false when it was rejected. */
  async handleMessage(message: unknown, from?: Surface): Promise<boolean> {
    if (!isViewToHostMessage(message)) {
      this.rejected++;
      return false;
    }
    if (message.type === 'ready') {
      if (from) {
        from.ready = true;
      }
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
      for (const surface of this.surfaces) {
        if (surface.ready) {
          void surface.webview.postMessage(message);
        }
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

  /** Reads attributions from the two articles' documents (open, since they were just analysed; not reopened if one closed since). */
  private async spanReader(pair: { a: vscode.Uri; b: vscode.Uri }): Promise<SpanReader | undefined> {
    try {
      const [a, b] = await Promise.all([this.deps.comparison.documentOf(pair.a), this.deps.comparison.documentOf(pair.b)]);
      if (!a || !b) {
        return undefined;
      }
      return (side, span) => {
        const document = side === 'a' ? a : b;
        return document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      };
    } catch {
      return undefined;
    }
  }

  private html(webview: vscode.Webview): string {
    return webviewShellHtml(webview, this.extensionUri, { bundle: 'quotesView', title: 'Quotes' });
  }

  dispose(): void {
    this.panel?.dispose();
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
    vscode.commands.registerCommand(Commands.openQuotesInEditor, () => provider.openInEditor()),
  );
  return provider;
}
