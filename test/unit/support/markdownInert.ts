// Reads Markdown the way VS Code does (marked, GFM) to prove that untrusted text stays text: no HTML, images,
// code or links other than our own command links, and the text shows literally.
import { Lexer, marked, type Token, type TokensList } from 'marked';

export interface MarkdownReading {
  /** Live markup found: raw HTML, images, code, foreign links, link definitions. */
  readonly problems: string[];
  /** The block and inline structure without the text: equal for two renderings that differ only in text. */
  readonly shape: string;
  /** What a reader sees: the rendered HTML with tags dropped and entities decoded. */
  readonly displayed: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function children(token: Token): Token[][] {
  const t = token as Token & { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
  const out: Token[][] = [];
  if (t.tokens) {
    out.push(t.tokens);
  }
  if (t.items) {
    out.push(t.items);
  }
  for (const cell of t.header ?? []) {
    out.push(cell.tokens);
  }
  for (const row of t.rows ?? []) {
    for (const cell of row) {
      out.push(cell.tokens);
    }
  }
  return out;
}

/** Markup that only carries text: differences in these do not change what the Markdown does. */
const TEXTUAL = new Set(['text', 'escape', 'space', 'br']);

/**
 * Parses `markdown` as VS Code's hovers do and reports live markup. Links are allowed only to
 * `command:<id>?…` for the listed commands.
 */
export function readMarkdown(markdown: string, allowedCommands: readonly string[] = []): MarkdownReading {
  const problems: string[] = [];
  const shape: string[] = [];
  const tokens: TokensList = Lexer.lex(markdown, { gfm: true });
  for (const label of Object.keys(tokens.links)) {
    problems.push(`a link reference definition [${label}]`);
  }
  const walk = (list: Token[], depth: number): void => {
    for (const token of list) {
      switch (token.type) {
        case 'html':
          problems.push(`raw HTML ${JSON.stringify(token.raw)}`);
          break;
        case 'image':
          problems.push(`an image ${JSON.stringify(token.raw)}`);
          break;
        case 'code':
        case 'codespan':
          problems.push(`code ${JSON.stringify(token.raw)}`);
          break;
        case 'link':
          if (!allowedCommands.some(c => token.href.startsWith(`command:${c}?`))) {
            problems.push(`a link to ${JSON.stringify(token.href)}`);
          }
          break;
      }
      if (!TEXTUAL.has(token.type)) {
        const table = token.type === 'table' ? `(${token.header.length}x${token.rows.length})` : '';
        shape.push(`${'  '.repeat(depth)}${token.type}${table}`);
      }
      for (const nested of children(token)) {
        walk(nested, depth + 1);
      }
    }
  };
  walk(tokens, 0);
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  return { problems, shape: shape.join('\n'), displayed: decodeEntities(html.replace(/<[^>]*>/g, '')) };
}

/** Text compared as seen: no whitespace, no invisible or control characters (renderers drop or blank them). */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
}
