import type * as vscode from 'vscode';
import { analyzeText } from '../core/analyze';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/model';
import type { Analyzer } from './analysisStore';

/** Runs the analysis on the calling thread. Used where no worker is available. */
export class InlineAnalyzer implements Analyzer {
  analyze(_key: string, text: string, options: AnalyzeOptions, token: vscode.CancellationToken): Promise<DocumentAnalysis> {
    return new Promise((resolve, reject) => {
      // Let pending UI work run first; the result of a cancelled request is not wanted.
      setTimeout(() => {
        if (token.isCancellationRequested) {
          reject(new Error('cancelled'));
          return;
        }
        try {
          resolve(analyzeText(text, options));
        } catch (e) {
          reject(e);
        }
      }, 0);
    });
  }

  forget(): void {
    // No per-document state.
  }

  dispose(): void {
    // Nothing to release.
  }
}
