// Turning untrusted article text into inert Markdown. Article text may contain Markdown, HTML,
// `command:` links, autolinks or bidi tricks; in a hover card all of it must read as plain text.

/** Control characters, bidi overrides/isolates and zero-width joiners that could disguise or reorder text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Collapses text to one line of visible characters: line breaks and runs of spaces become one space,
 * invisible and control characters are dropped.
 */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters (not splitting a surrogate pair), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) {
    cut--;
  }
  return text.slice(0, cut).trimEnd() + '…';
}

/**
 * The one Markdown escaper, for every piece of article text that leaves the core as Markdown (hover
 * cards, the Markdown export). It first makes the text one line of visible characters (plainText: bidi
 * overrides U+202A–U+202E and isolates U+2066–U+2069 dropped, so text cannot reorder what surrounds it),
 * then escapes it so it renders literally. Every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them): that disarms emphasis, code spans, links,
 * images, HTML tags and entities (`<`, `&`), headings, lists, tables, and GFM autolinks (`https\:`,
 * `www\.`, `a\@b`), and a `command:` URI can never form a link because `[`, `]`, `(` and `)` are escaped.
 */
export function escapeMarkdown(text: string): string {
  return plainText(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Escaped, one-line, length-limited text: the only form in which document text enters a card. */
export function safeText(text: string, max = 200): string {
  return escapeMarkdown(truncate(plainText(text), max));
}

/** A Markdown link to a command with JSON arguments (the caller lists the command in enabledCommands). */
export function commandLink(label: string, command: string, args: unknown, tooltip?: string): string {
  // encodeURIComponent leaves ( ) ' ! * ~ alone; a ")" would end the Markdown link early.
  const query = encodeURIComponent(JSON.stringify([args])).replace(/[()'!*~]/g, character => '%' + character.charCodeAt(0).toString(16).toUpperCase());
  const uri = `command:${command}?${query}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${title})`;
}
