// Selecting a span of an article in the editor that shows it (opening it beside the current one when none
// does): used by newsLens.revealMention and by the quotes view.
import * as vscode from 'vscode';

export interface RevealArgs {
  readonly uri: vscode.Uri;
  readonly start: number;
  readonly end: number;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** A command argument as a Uri: a Uri, or a string that parses strictly as one; anything else is undefined. */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) {
    return value;
  }
  if (typeof value === 'string') {
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Accepts {uri: Uri | string, start, end}; anything else is undefined. */
export function parseRevealArgs(value: unknown): RevealArgs | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const uri = asUri(v.uri);
  if (!uri || !isOffset(v.start) || !isOffset(v.end) || v.start > v.end) {
    return undefined;
  }
  return { uri, start: v.start, end: v.end };
}

/** Reveals and selects the span; returns the editor, or undefined when the article cannot be opened. */
export async function revealSpan(args: RevealArgs): Promise<vscode.TextEditor | undefined> {
  const key = args.uri.toString();
  const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === key);
  let document: vscode.TextDocument;
  try {
    document = visible?.document ?? (await vscode.workspace.openTextDocument(args.uri));
  } catch {
    void vscode.window.showWarningMessage(`News Lens: cannot open ${args.uri.fsPath || key}.`);
    return undefined;
  }
  // Offsets come from an analysis that may be a version behind: clamp them to the text.
  const length = document.getText().length;
  const range = new vscode.Range(document.positionAt(Math.min(args.start, length)), document.positionAt(Math.min(args.end, length)));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
    preserveFocus: false,
    preview: false,
    selection: range,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
