// How editor features read an analysis without defeating the store's edit debounce.
import * as vscode from 'vscode';
import { openDocumentOf } from './openDocument';
import type { CrossReference, DocumentAnalysis } from '../core/model';
import { EDIT_DEBOUNCE_MS } from './analysisStore';
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

/** How long a hover waits for the compared pair's cross-reference before showing the card without it. */
export const HOVER_XREF_WAIT_MS = 250;
/** How long Find All References waits for it before listing this article's mentions only. */
export const REFERENCES_XREF_WAIT_MS = 2000;

/**
 * The pair's cross-reference if it is ready within `ms`. Building it may mean analysing the other
 * article (a minute for a very long one); a request never waits that long: the work goes on, and the
 * next request finds it cached.
 */
export async function crossReferenceWithin(deps: FeatureDeps, ms: number): Promise<CrossReference | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>(resolve => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([deps.comparison.crossReference().catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The cross-reference when the other article of the pair already has its current analysis (then it
 * is at most a comparison away); otherwise starts building it in the background and returns nothing
 * at once, so a hover never waits for another article's analysis.
 */
export function crossReferenceIfReady(deps: FeatureDeps, other: vscode.Uri, ms: number): Promise<CrossReference | undefined> {
  const document = openDocumentOf(other);
  if (!document || !deps.store.get(document)) {
    void deps.comparison.crossReference().catch(() => undefined);
    return Promise.resolve(undefined);
  }
  return crossReferenceWithin(deps, ms);
}
