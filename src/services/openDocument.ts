// The one way the extension looks up an article that is open now. VS Code keeps a closed document in
// `workspace.textDocuments` for a while (`isClosed` set), and reading or analysing it then would bring back an
// article the user closed; every lookup that must not open anything goes through here.
import * as vscode from 'vscode';

/** The document of this URI if it is open now, without waiting and without opening it. */
export function openDocumentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key && !d.isClosed);
}
