// Article text written to attack a renderer: each tries to become markup, a link, code, a command or
// HTML that slips past a webview's Content Security Policy. Shared by the unit and integration tests.

export const HOSTILE_TEXTS: readonly string[] = [
  '[click me](command:workbench.action.terminal.new)',
  '[find](command:newsLens.findAllMentions?%5B%7B%22uri%22%3A%22file%3A%2F%2F%2Fetc%2Fpasswd%22%7D%5D)',
  '[[nested]](command:newsLens.revealInPanel)',
  '<command:workbench.action.reloadWindow>',
  'command:workbench.action.openSettings',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">hi</a>',
  '<iframe srcdoc="<script>parent.postMessage(1,\'*\')</script>"></iframe>',
  '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/p)}</style>',
  '<svg onload=alert(1)><use href="data:image/svg+xml,..."/></svg>',
  '<object data="javascript:alert(1)"></object>',
  '`code` and ```fence``` and ~~~tilde~~~',
  '    indented code block',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  '![image](https://evil.example/pixel.png)',
  'https://evil.example/path and www.evil.example and mail@evil.example',
  '&lt;script&gt; &amp; &#x3C;b&#x3E; &#60;i&#62;',
  '# Heading\n- list\n1. list\n> quote\n| a | b |\n|---|---|\n---',
  'Name\n\n[x](command:evil)\n\n<div>block</div>',
  '\\[escaped\\](command:evil) \\\\[double](command:evil)',
  '$(alert) $(zap~spin) $(loading)',
  'left\u202Eright\u200Bzero\u0000nul\u2066isolate\u2069',
  '[ref]: command:workbench.action.terminal.new\n[ref]',
  '<!-- comment --> <?php echo 1 ?> <![CDATA[x]]>',
  '| cell | break | out |',
  '=HYPERLINK("https://evil.example","click") +1 -1 @SUM(A1)',
  '" onmouseover="alert(1)" data-x="',
  '</textarea></script></style><script>alert(1)</script>',
  'javascript:alert(1)',
  '\u00a0\u2028\u2029line separators\r\n\r\n- item',
];

/** Text in the same places as a hostile text that is plainly harmless: its rendering is the reference shape. */
export const BENIGN_TEXT = 'plain words here';

/**
 * A news-like article that carries every hostile text where an engine may pick it up: as a quote, as an
 * appositive after a name, next to names, and at the start of a paragraph.
 */
export function hostileArticle(): string {
  const paragraphs = ['Jane Doe, the chief executive of Acme Holdings, met John Roe in Geneva on Monday.'];
  HOSTILE_TEXTS.forEach((payload, i) => {
    const flat = payload.replace(/[\r\n\u2028\u2029]+/g, ' ');
    paragraphs.push(i % 2 === 0
      ? `“${flat},” Jane Doe said. John Roe, ${flat}, did not reply.`
      : `John Roe said: “${flat}” ${flat} Jane Doe told reporters.`);
    if (i % 5 === 0) {
      paragraphs.push(payload);
    }
  });
  paragraphs.push('“We will look at it again next week,” Ms Doe said.');
  return paragraphs.join('\n\n') + '\n';
}
