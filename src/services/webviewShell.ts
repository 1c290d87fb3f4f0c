// Puts the shared page (webviewPage.ts) into a VS Code webview: resolves the bundle's script and stylesheet
// to webview URIs and takes a fresh nonce for each page load.
import * as vscode from 'vscode';
import { scriptNonce, shellHtml, type WebviewShell } from './webviewPage';

export type { WebviewShell } from './webviewPage';

/** The page for one view in one webview, with a new nonce each time it is set. */
export function webviewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, shell: WebviewShell): string {
  return shellHtml({
    cspSource: webview.cspSource,
    nonce: scriptNonce(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${shell.bundle}.js`)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', `${shell.bundle}.css`)).toString(),
    title: shell.title,
  });
}
