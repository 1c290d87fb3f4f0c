// The HTML every News Lens webview starts from: one strict Content Security Policy (no inline script, only
// the bundled script carrying a fresh nonce; styles and nothing else from the extension), one root element
// the script fills with DOM calls, never innerHTML. The Quotes, Claims and Coverage views differ only in
// their script, stylesheet and title, so they share this shell instead of three copies of it.

/** What differs between the views: `bundle` names dist/webview/<bundle>.js and media/<bundle>.css. */
export interface WebviewShell {
  readonly bundle: string;
  readonly title: string;
}

/** A fresh random nonce for one page load (hex, 128 bits). */
export function scriptNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

/** The policy: nothing by default; the webview's own origin for styles; scripts only with the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `img-src 'none'`, `font-src 'none'`, `connect-src 'none'`, `form-action 'none'`, `base-uri 'none'`].join('; ');
}

/** Escapes the few characters that matter inside a double-quoted attribute or element text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

/**
 * The page, from already resolved URIs (pure, so a unit test can check the policy and markup). The policy is
 * our own text plus VS Code's origin, so it goes in as it is; URIs and the title are escaped.
 */
export function shellHtml(parts: { readonly cspSource: string; readonly nonce: string; readonly scriptUri: string; readonly styleUri: string; readonly title: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(parts.cspSource, parts.nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(parts.styleUri)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="message">Loading…</p></main>
<script nonce="${parts.nonce}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>`;
}
