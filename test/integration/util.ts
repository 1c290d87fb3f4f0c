// Helpers for tests that run inside a real VS Code. Integration tests wait for conditions, never sleep.
import * as path from 'path';
import * as vscode from 'vscode';

/** The extension's id as VS Code knows it: publisher.name from package.json. */
export const EXTENSION_ID = 'news-lens.news-lens';

/** The samples/ folder the tests open as the workspace (out/test/integration → repository root). */
export const SAMPLES_DIR = path.resolve(__dirname, '../../../samples');

export const SAMPLE_A = '000_e9c3a88e7f0cde5b.txt';
export const SAMPLE_B = '004_4d10fd835b947f25.txt';

/** What a value that passed an `if (value)` test can be. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Polls `predicate` until it returns a truthy value, then resolves with that value; rejects after
 * `timeoutMs` with `message` (say what was awaited: timeouts are the usual failure of these tests).
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, timeoutMs = 15000, message = 'condition'): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) {
        return value as Truthy<T>;
      }
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`waitFor: ${message} not reached within ${timeoutMs} ms${detail}`);
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** Opens a sample article in an editor and returns the editor. */
export async function openSample(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(SAMPLES_DIR, name)));
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

/** The News Lens extension, activated (waits for activation, which opening an article triggers). */
export async function activeExtension(timeoutMs = 30000): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  }
  await waitFor(() => extension.isActive, timeoutMs, `activation of ${EXTENSION_ID}`);
  return extension;
}

/** Offset of the first occurrence of `needle` in the document, as a Position (fails loudly when absent). */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = document.getText().indexOf(needle, index + 1);
  }
  if (index < 0) {
    throw new Error(`"${needle}" not found in ${document.uri.fsPath}`);
  }
  return document.positionAt(index);
}
