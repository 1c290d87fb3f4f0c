// Which open documents are articles: plain text or Markdown, not matched by newsLens.exclude, and not a
// report News Lens itself exported (an exported report would otherwise be highlighted and counted).
import * as vscode from 'vscode';
import { isNewsLensReport } from '../core/report';
import { isArticle } from './ranges';

/** Whether one of the glob patterns matches the document's path. */
function matchesAny(document: vscode.TextDocument, patterns: readonly string[]): boolean {
  return patterns.some(pattern => vscode.languages.match({ pattern }, document) > 0);
}

/** Whether the document is an article News Lens analyses under the given exclude patterns. */
export function isAnalysableArticle(document: vscode.TextDocument, exclude: readonly string[]): boolean {
  return isArticle(document) && !isNewsLensReport(document.lineCount ? document.lineAt(0).text : '') && !matchesAny(document, exclude);
}
