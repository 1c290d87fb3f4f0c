// The coverage webview: an editor-area panel drawing the entity × article matrix, who each article quotes,
// shared quotations with their variants, and "possibly the same" suggestions. The host computes the view
// model; the webview draws it with text nodes and reports clicks, which the host validates.
import * as vscode from 'vscode';
import { buildCoverageView } from '../core/coverageMatrix';
import { Commands } from '../ids';
import { isCoverageToHostMessage, type HostToCoverageMessage } from '../webview/coverageProtocol';
import type { FeatureDeps } from './deps';
import { revealSpan } from '../services/revealSpan';
import { webviewShellHtml } from '../services/webviewShell';

export const COVERAGE_PANEL_TYPE = 'newsLens.coverage';


export class CoveragePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last message sent (or that would have been sent) to the webview, for tests. */
  lastMessage: HostToCoverageMessage | undefined;
  /** Messages rejected by the validator (for tests and diagnostics). */
  rejected = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly deps: FeatureDeps) {
    this.disposables.push(deps.coverage.onDidChange(() => this.panel && void this.update()));
  }

  /** Opens the panel (or brings it forward) and draws the current coverage. */
  async show(): Promise<HostToCoverageMessage> {
    if (!this.panel) {
      this.open();
    } else {
      this.panel.reveal(undefined, false);
    }
    return this.update();
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel(COVERAGE_PANEL_TYPE, 'News Lens: Coverage', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    this.panel = panel;
    this.ready = false;
    panel.webview.html = this.html(panel.webview);
    const listener = panel.webview.onDidReceiveMessage(m => void this.handleMessage(m));
    panel.onDidDispose(() => {
      listener.dispose();
      this.panel = undefined;
      this.ready = false;
    });
  }

  /** Validates and acts on a message from the webview; false when it was rejected or did nothing. */
  async handleMessage(message: unknown): Promise<boolean> {
    if (!isCoverageToHostMessage(message)) {
      this.rejected++;
      return false;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.update();
        return true;
      case 'reveal': {
        const uri = this.deps.coverage.shownArticles[message.article];
        return uri !== undefined && (await revealSpan({ uri, start: message.start, end: message.end })) !== undefined;
      }
      case 'merge':
        return (await vscode.commands.executeCommand(Commands.mergeSuggestion, { a: message.a, b: message.b })) !== undefined;
      case 'notSame':
        return (await vscode.commands.executeCommand(Commands.rejectSuggestion, { a: message.a, b: message.b })) !== undefined;
    }
  }

  /** Recomputes the view model and sends it when the panel is showing. */
  async update(): Promise<HostToCoverageMessage> {
    const generation = ++this.generation;
    const message = await this.compute();
    if (generation === this.generation) {
      this.lastMessage = message;
      if (this.panel && this.ready) {
        void this.panel.webview.postMessage(message);
      }
    }
    return message;
  }

  private async compute(): Promise<HostToCoverageMessage> {
    if (this.deps.coverage.shownArticles.length < 2) {
      return { type: 'showMessage', text: 'Choose the articles to compare (News Lens: Compare Articles…) to see who each one names and quotes.' };
    }
    const coverage = await this.deps.coverage.coverage();
    if (!coverage) {
      return { type: 'showMessage', text: 'One of the compared articles could not be analysed (too large, closed or unreadable).' };
    }
    return { type: 'showCoverage', model: buildCoverageView(coverage, this.deps.coverage.names()) };
  }

  private html(webview: vscode.Webview): string {
    return webviewShellHtml(webview, this.extensionUri, { bundle: 'coverageView', title: 'Coverage' });
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}
