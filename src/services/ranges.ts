import * as vscode from 'vscode';
import type { Span } from '../core/model';

/** Converts a core span (offsets) to a VS Code range in the given document. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}

/** Whether a document is one News Lens analyses (plain text or Markdown). */
export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === 'plaintext' || document.languageId === 'markdown';
}

/** The document's length in characters, without copying its text (getText() on a 1 MB article builds a 1 MB string). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
