// newsLens.openSamples: two short invented reports of one event, shipped in media/samples/, opened side
// by side as unsaved editors and compared. The walkthrough's first button, so an installed extension
// can be tried without finding articles first (the repository's samples/ folder is not in the VSIX).
import * as vscode from 'vscode';
import { Commands, Views } from '../ids';
import type { FeatureDeps } from './deps';

/** The bundled samples, in the order they are compared (A left, B right). */
export const SAMPLE_ARTICLES: readonly string[] = ['harbour-strike-wire.txt', 'harbour-strike-daily.txt'];

async function readSample(extensionUri: vscode.Uri, name: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'samples', name));
  return new TextDecoder().decode(bytes);
}

/** Opens both samples as untitled plain-text editors, A left and B right, and compares them. */
async function openSamples(extensionUri: vscode.Uri, deps: FeatureDeps): Promise<string[]> {
  const columns = [vscode.ViewColumn.One, vscode.ViewColumn.Two];
  const documents: vscode.TextDocument[] = [];
  for (const [i, name] of SAMPLE_ARTICLES.entries()) {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: await readSample(extensionUri, name) });
    await vscode.window.showTextDocument(document, { viewColumn: columns[i], preview: false });
    documents.push(document);
  }
  await deps.comparison.setPair(documents[0].uri, documents[1].uri);
  await vscode.commands.executeCommand(`${Views.crossReference}.focus`);
  return documents.map(d => d.uri.toString());
}

export function registerSampleArticles(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.openSamples, () => openSamples(context.extensionUri, deps)));
}
