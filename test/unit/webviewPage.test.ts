// The one page every webview starts from: a strict policy, the nonce on the only script, text escaped.
import * as assert from 'assert';
import { contentSecurityPolicy, scriptNonce, shellHtml } from '../../src/services/webviewPage';

describe('webview page shell', () => {
  const page = shellHtml({ cspSource: 'vscode-webview://abc', nonce: 'n0nce', scriptUri: 'https://x/dist/webview/quotesView.js', styleUri: 'https://x/media/quotesView.css', title: 'Quotes & "more" <b>' });

  it('allows no source by default, styles only from the webview, scripts only with the nonce', () => {
    const policy = contentSecurityPolicy('vscode-webview://abc', 'n0nce');
    assert.match(policy, /^default-src 'none'; /);
    assert.match(policy, /style-src vscode-webview:\/\/abc;/);
    assert.match(policy, /script-src 'nonce-n0nce';/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`));
  });

  it('loads exactly one script, the bundle, with the nonce, and has no inline script', () => {
    const scripts = page.match(/<script[^>]*>/g) ?? [];
    assert.deepStrictEqual(scripts, ['<script nonce="n0nce" src="https://x/dist/webview/quotesView.js">']);
    assert.ok(page.includes('<main id="root" aria-live="polite">'));
  });

  it('escapes the title so it cannot add markup', () => {
    assert.ok(page.includes('<title>Quotes &#38; &#34;more&#34; &#60;b&#62;</title>'));
    assert.doesNotMatch(page, /<b>/);
  });

  it('takes a fresh 128-bit hex nonce each time', () => {
    const first = scriptNonce();
    assert.match(first, /^[0-9a-f]{32}$/);
    assert.notStrictEqual(first, scriptNonce());
  });
});
