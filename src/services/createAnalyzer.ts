// Desktop (Node) build. The web build swaps this module for createAnalyzer.web.ts (see esbuild.js),
// which keeps worker_threads and the other Node built-ins out of dist/web/extension.js.
import * as vscode from 'vscode';
import type { Analyzer } from './analysisStore';
import { WorkerAnalyzer } from './workerAnalyzer';

export function createAnalyzer(context: vscode.ExtensionContext): Analyzer {
  return new WorkerAnalyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath);
}
