// How editor features read an analysis without defeating the store's edit debounce.
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/model';
import { EDIT_DEBOUNCE_MS } from '../services/analysisStore';
import type { FeatureDeps } from './deps';

/** Margin past the debounce before a waiting request asks for the analysis itself. */
const GRACE_MS = 50;

/**
 * The analysis of the document's current version. A document never analysed is analysed now; one
 * being edited is awaited until the debounced analysis lands, so that hovers, the Outline and
 * navigation asking while someone types do not force one analysis per keystroke.
 */
export function analysisFor(deps: FeatureDeps, document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
  const current = deps.store.get(document);
  if (current) {
    return Promise.resolve(current);
  }
  if (!deps.store.getLatest(document.uri)) {
    return deps.store.ensure(document);
  }
  return new Promise(resolve => {
    const disposables: vscode.Disposable[] = [];
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (analysis: DocumentAnalysis | undefined): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        for (const d of disposables) {
          d.dispose();
        }
        resolve(analysis);
      }
    };
    // Ask only once the typing has paused for longer than the store's own debounce: by then the store
    // has started the analysis of this version, and ensure() joins it instead of starting another.
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void deps.store.ensure(document).then(done, () => done(undefined)), EDIT_DEBOUNCE_MS + GRACE_MS);
    };
    arm();
    disposables.push(
      deps.store.onDidChangeAnalysis(e => {
        const now = e.document === document ? deps.store.get(document) : undefined;
        if (now) {
          done(now);
        }
      }),
      vscode.workspace.onDidChangeTextDocument(e => e.document === document && e.contentChanges.length > 0 && arm()),
      vscode.workspace.onDidCloseTextDocument(d => d === document && done(undefined)),
    );
    if (token) {
      disposables.push(token.onCancellationRequested(() => done(undefined)));
    }
  });
}
