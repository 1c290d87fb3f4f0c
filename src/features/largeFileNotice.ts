import * as vscode from 'vscode';
import { openDocumentOf } from '../services/openDocument';
import { Commands } from '../ids';
import { documentLength, isArticle } from '../services/ranges';
import type { FeatureDeps } from './deps';

/** "1.4 MB", "820 KB": the size people see in a file manager, from a character count. */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) {
    return `${(chars / 1_000_000).toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

/**
 * Articles over newsLens.maxFileSize are not analysed automatically. This says so where people look
 * (a status-bar item while such an article is active, and one message per document with a button)
 * so a large file is never silently left without highlights, and never silently truncated.
 */
class LargeFileNotice implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** Documents already told about, so the message appears once per document while it is open. */
  private readonly notified = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private shownText: string | undefined;
  /** Messages shown so far (for tests: one per document). */
  messages = 0;

  constructor(private readonly deps: FeatureDeps) {
    this.item = vscode.window.createStatusBarItem('newsLens.largeFile', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'News Lens: Large File';
    this.disposables.push(
      this.item,
      vscode.commands.registerCommand(Commands.analyzeAnyway, (arg?: unknown) => this.analyzeAnyway(arg)),
      deps.store.onDidSkipLargeDocument(document => this.skipped(document)),
      deps.store.onDidChangeAnalysis(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument(d => this.notified.delete(d.uri.toString())),
      deps.settings.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The status-bar item's text while it is shown (for tests; VS Code offers no way to read the status bar). */
  get status(): string | undefined {
    return this.shownText;
  }

  /** The documents told about (for leak checks). */
  trackedDocuments(): string[] {
    return [...this.notified].sort();
  }

  private skipped(document: vscode.TextDocument): void {
    this.update();
    const key = document.uri.toString();
    if (this.notified.has(key)) {
      return;
    }
    this.notified.add(key);
    this.messages++;
    const name = document.uri.path.split('/').pop() || document.uri.toString();
    const limit = formatSize(this.deps.settings.get().maxFileSize);
    void vscode.window
      .showInformationMessage(
        `News Lens did not analyse ${name} (${formatSize(documentLength(document))}): it is larger than the limit of ${limit} (setting newsLens.maxFileSize).`,
        'Analyse Anyway',
      )
      .then(choice => {
        if (choice === 'Analyse Anyway' && !document.isClosed) {
          void this.deps.store.allowLarge(document).then(() => this.update());
          this.update();
        }
      });
  }

  private async analyzeAnyway(arg: unknown): Promise<void> {
    const document = arg instanceof vscode.Uri
      ? openDocumentOf(arg)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('News Lens: open the article to analyse first.');
      return;
    }
    const pending = this.deps.store.allowLarge(document);
    this.update();
    await pending;
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.isClosed || !isArticle(document) || !this.deps.store.isTooLarge(document)) {
      this.item.hide();
      this.shownText = undefined;
      return;
    }
    const size = formatSize(documentLength(document));
    this.item.text = `$(warning) News Lens: not analysed (${size})`;
    this.item.tooltip = `This article is larger than newsLens.maxFileSize (${formatSize(this.deps.settings.get().maxFileSize)}), so News Lens did not analyse it. Click to analyse it anyway.`;
    this.item.command = { title: 'Analyse Anyway', command: Commands.analyzeAnyway, arguments: [document.uri] };
    this.item.show();
    this.shownText = this.item.text;
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

/** Registers the notice; returns what tests may inspect. */
export function registerLargeFileNotice(context: vscode.ExtensionContext, deps: FeatureDeps): Pick<LargeFileNotice, 'trackedDocuments' | 'status' | 'messages'> {
  const notice = new LargeFileNotice(deps);
  context.subscriptions.push(notice);
  return notice;
}
