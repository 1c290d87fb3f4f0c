// News Lens: Compare Claims (newsLens.showClaimComparison): a webview panel beside the articles with the
// numbers that disagree at the top, then the claims both report side by side (differing words marked), then
// the claims only one reports. The host builds the rows; the webview draws them and asks to reveal a claim.
import * as vscode from 'vscode';
import { diffWords } from '../core/quotes/diffWords';
import { Commands } from '../ids';
import { MAX_CLAIM_COMPARISON_CHARS, type ClaimComparisonService, type PairClaims } from '../services/claimComparison';
import { isClaimsViewMessage, type ClaimsHostMessage, type ClaimSpanRow } from '../webview/claimsProtocol';
import { revealSpan } from '../services/revealSpan';
import { webviewShellHtml } from '../services/webviewShell';

const VIEW_TYPE = 'newsLens.claimComparison';


function row(span: { readonly start: number; readonly end: number; readonly text: string }): ClaimSpanRow {
  return { start: span.start, end: span.end, text: span.text };
}

/** The message that draws a comparison (pure: also what the command returns, for tests and scripts). */
export function claimsMessage(claims: PairClaims | undefined): ClaimsHostMessage {
  if (!claims) {
    return {
      type: 'showNotice',
      text: 'Choose two articles to compare (News Lens: Compare With…) to see which facts each reports. '
        + `Articles of more than ${MAX_CLAIM_COMPARISON_CHARS.toLocaleString('en')} characters together are not compared claim by claim.`,
    };
  }
  const { comparison, names } = claims;
  return {
    type: 'showClaims',
    articles: names,
    conflicts: comparison.aligned.flatMap(p => p.numbers.filter(n => !n.agree).map(n => ({
      counts: n.counts, a: row(n.a), b: row(n.b), claimA: row(p.a), claimB: row(p.b),
    }))),
    aligned: comparison.aligned.map(p => ({
      a: row(p.a), b: row(p.b), similarity: p.similarity, diff: diffWords(p.a.text, p.b.text), conflicts: p.numbers.filter(n => !n.agree).length,
    })),
    onlyA: comparison.onlyA.map(row),
    onlyB: comparison.onlyB.map(row),
  };
}

export class ClaimsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last message sent (or that would have been sent), for tests. */
  lastMessage: ClaimsHostMessage | undefined;
  /** Messages rejected by the validator. */
  rejected = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly claims: ClaimComparisonService) {
    this.disposables.push(claims.onDidChange(() => this.panel && void this.update()));
  }

  /** Opens the panel beside the articles (or brings it forward) and draws the current comparison. */
  async show(): Promise<ClaimsHostMessage> {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = this.createPanel();
    }
    return this.update();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Compare Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    this.ready = false;
    panel.webview.html = this.html(panel.webview);
    const listeners = [
      panel.webview.onDidReceiveMessage(m => void this.handleMessage(m)),
      panel.onDidChangeViewState(() => panel.visible && void this.update()),
    ];
    panel.onDidDispose(() => {
      listeners.forEach(l => l.dispose());
      this.panel = undefined;
      this.ready = false;
    });
    return panel;
  }

  /** Validates and acts on a message from the webview; false when it was rejected or could not be done. */
  async handleMessage(message: unknown): Promise<boolean> {
    if (!isClaimsViewMessage(message)) {
      this.rejected++;
      return false;
    }
    if (message.type === 'ready') {
      this.ready = true;
      await this.update();
      return true;
    }
    const claims = await this.claims.current();
    const uri = claims?.pair[message.side];
    return uri ? (await revealSpan({ uri, start: message.start, end: message.end })) !== undefined : false;
  }

  async update(): Promise<ClaimsHostMessage> {
    const generation = ++this.generation;
    const message = claimsMessage(await this.claims.current());
    if (generation === this.generation) {
      this.lastMessage = message;
      if (this.panel && this.ready) {
        void this.panel.webview.postMessage(message);
      }
    }
    return message;
  }

  private html(webview: vscode.Webview): string {
    return webviewShellHtml(webview, this.extensionUri, { bundle: 'claimsView', title: 'Compare Claims' });
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}

export function registerClaimsView(context: vscode.ExtensionContext, claims: ClaimComparisonService): ClaimsPanel {
  const panel = new ClaimsPanel(context.extensionUri, claims);
  context.subscriptions.push(panel, vscode.commands.registerCommand(Commands.showClaimComparison, () => panel.show()));
  return panel;
}
