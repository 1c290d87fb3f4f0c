// Page furniture: the lines a news page prints around its story that state no fact of it (a section path, a
// byline and its post line, a publishing timestamp, a share prompt, a photo's caption and credit). splitClaims
// leaves them out, so they are never claims, never aligned and never "only in" one report: two outlets' bylines
// share the word "Correspondent", two section paths the word "Sport", and neither is a fact both report.
import { CLAIM_BYLINE_CONNECTORS, CLAIM_CREDIT_MARKERS, CLAIM_FURNITURE_OPENINGS, CLAIM_TIMESTAMP_WORDS } from '../lexicon/claims';
import { NEWSROOM_POSTS } from '../lexicon/roles';
import { firstRule, ruleTable } from '../rules/ruleTable';

/** What the rules read of one line: the line, its words as written (outer punctuation off) and lower-cased. */
interface LineShape {
  readonly line: string;
  readonly tokens: readonly string[];
  readonly lower: readonly string[];
}

/** Separators of a section path or of a masthead's parts ("Sport | Tennis", "Home > World", "Courant · 4 May"). */
const PATH_SEPARATOR = /\s+[|>›»·•]\s+/u;
/** A line ending as a sentence does: a headline or a sentence, not furniture. */
const SENTENCE_END = /[.!?]["'”’)\]]*$/u;
/** A figure of a date or a clock time ("13", "2026", "10:42", "19.45", "9th", "2026-03-01"). */
const DATE_FIGURE = /^(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th|am|pm)?|\d{4}-\d{2}-\d{2})$/iu;
/** Bylines and post lines are short; a longer line of capitalised words is a title-case headline. */
const BYLINE_MAX_WORDS = 14;
/** Prompts and section parts are a few words; a longer line opening so is a headline or a sentence. */
const PROMPT_MAX_WORDS = 8;
const PATH_PART_MAX_WORDS = 5;
/** A credit names a photographer and an agency; more after the colon is a sentence. */
const CREDIT_MAX_WORDS = 8;

function shapeOf(line: string): LineShape {
  const tokens = line.split(/\s+/u).map(token => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return { line, tokens, lower: tokens.map(token => token.toLowerCase()) };
}

/** Every word stamps a time: a publishing verb, a weekday, a month, a clock word, a zone or a date's figure; one is no figure. */
function isTimestamp(shape: LineShape): boolean {
  return shape.lower.length > 0 && shape.lower.length <= BYLINE_MAX_WORDS
    && shape.lower.every(word => CLAIM_TIMESTAMP_WORDS.has(word) || DATE_FIGURE.test(word))
    && shape.lower.some(word => CLAIM_TIMESTAMP_WORDS.has(word));
}

/** Capitalised as a name, or a byline's lower-case connector or post word ("at", "correspondent"). */
function isBylineWord(token: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token) || CLAIM_BYLINE_CONNECTORS.has(token.toLowerCase()) || NEWSROOM_POSTS.has(token.toLowerCase());
}

/** Short, not ending as a sentence, and every word a name's, a post's or a connector. */
function isNameLine(shape: LineShape): boolean {
  return shape.tokens.length > 0 && shape.tokens.length <= BYLINE_MAX_WORDS && !SENTENCE_END.test(shape.line) && shape.tokens.every(isBylineWord);
}

/** Some part of the line (between commas or separators) ends in a newsroom post: "Herald Correspondent, San Aurelio". */
function endsPartInPost(shape: LineShape): boolean {
  return shape.line.split(/[,|·]/u).some(part => {
    const words = part.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.length > 0 && NEWSROOM_POSTS.has(words[words.length - 1]);
  });
}

/** Two parts or more, each a timestamp or a few words without figures: "The Evening Post | Sport | Tennis". */
function isSectionPath(shape: LineShape): boolean {
  const parts = shape.line.split(PATH_SEPARATOR).map(shapeOf);
  return parts.length >= 2 && parts.every(part => isTimestamp(part)
    || (part.tokens.length > 0 && part.tokens.length <= PATH_PART_MAX_WORDS && !/\p{N}/u.test(part.line)));
}

/** The line opens with a share, follow or link prompt and is a few words long. */
function opensAsPrompt(shape: LineShape): boolean {
  const words = shape.line.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.length > 0 && words.length <= PROMPT_MAX_WORDS
    && [1, 2, 3, 4, 5].some(count => count <= words.length && CLAIM_FURNITURE_OPENINGS.has(words.slice(0, count).join(' ')));
}

/** A credit marker and a colon at the line's start or after a sentence, then a short capitalised credit. */
function hasPhotoCredit(shape: LineShape): boolean {
  return [...shape.line.matchAll(/(^|[.!?)\]|]\s*)(\p{L}+)\s*:\s*(.*)$/gu)].some(match => CLAIM_CREDIT_MARKERS.has(match[2].toLowerCase())
    && /^[\p{Lu}\p{N}]/u.test(match[3]) && match[3].split(/\s+/u).length <= CREDIT_MAX_WORDS)
    || /(?:^|[.!?]\s+)(?:Photograph|Image|Picture|Photo)\s+credit\s*:/u.test(shape.line);
}

/** What kind of furniture a line is, the first rule that fires deciding. */
export const FURNITURE_LINES = ruleTable<LineShape, string>({
  id: 'claims-furniture-lines',
  reason: 'A news page prints lines around its story that state none of its facts: two reports\' bylines, section paths and timestamps share words ("Correspondent", "Sport", "GMT") and no fact, so splitClaims leaves such lines out of the claims. Each rule is a shape, not a list of outlets.',
  contextOf: shapeOf,
  rules: [
    {
      id: 'byline',
      reason: 'A byline names who wrote the report and their post, capitalised word by word, and ends as no sentence does; "By" and a lower-case word or a full stop is a sentence ("By Friday, three towns had flooded.").',
      when: shape => /^[Bb]y\s+\p{Lu}/u.test(shape.line) && isNameLine(shape),
      outcome: 'byline',
      examples: {
        yes: ['By Kit Tallow, Consumer Travel Editor', 'By Orla Brandt, Tennis Correspondent, at Kelderwick', 'By Ivo Sandal and Mara Lind', 'By Dana Kelso | Vardo Times'],
        no: ['By Friday, three more towns had flooded.', 'By the numbers: how the council voted', 'Kelso Rovers beat Vardo by two goals'],
      },
    },
    {
      id: 'newsroom-post-line',
      reason: 'A broadsheet prints the writer\'s name and post, or the post alone, on a line of its own: capitalised words, one part ending in a newsroom post (role-newsroom-posts). A title-case headline naming a post puts a verb after it ("Magazine Editor Resigns").',
      when: shape => isNameLine(shape) && endsPartInPost(shape),
      outcome: 'byline',
      examples: {
        yes: ['Herald Correspondent, San Aurelio', 'Tribune Staff Writer', 'Tom Wrede Transport correspondent', 'Arts and Heritage Reporter', 'Dana Kelso, Europe Correspondent'],
        no: ['Magazine Editor Resigns Over Leak', 'Correspondent held for a week in Vardo', 'The editor said the story was accurate.'],
      },
    },
    {
      id: 'timestamp-line',
      reason: 'A line that only says when the page was published or updated (a date, a clock time, a zone) dates the page, not the fact: the fact\'s own date is in its sentence ("on Tuesday").',
      when: isTimestamp,
      outcome: 'timestamp',
      examples: {
        yes: ['Updated 10:42 GMT', 'Published March 3, 2026 9:14 AM GMT', 'Tue 10 Mar 2026 19.45 BST', 'Saturday 13 June 2026', 'Last modified on Monday 4 May 2026'],
        no: ['Storm closes roads on Tuesday', 'Updated rules take effect on 1 June', 'Vardo, 12 March'],
      },
    },
    {
      id: 'section-path',
      reason: 'A section path or a masthead line ("Outlet | Section | Topic", "Home > World > Europe", "Outlet · 22 January 2026") is parts of a few words without figures, or dates, between separators: where the page sits, not what happened. A results line has figures ("Kelso 2 | Vardo 1").',
      when: isSectionPath,
      outcome: 'section-path',
      examples: {
        yes: ['The Evening Post | Sport | Tennis', 'Home > World > Europe', 'News | Prizes', 'The Daily Courier | Monday 21 September 2026', 'The Vardo Times · January 22, 2026'],
        no: ['Kelso Rovers 2 | Vardo Athletic 1', 'Kelso Rovers stun the league leaders', 'Prices rose | and kept rising through a long and difficult winter for the port'],
      },
    },
    {
      id: 'share-prompt',
      reason: 'A prompt to share, follow, subscribe or read another page (claims-furniture-openings) tells the reader what to click; whole words, so "Shares in Hollis fell" is a claim.',
      when: opensAsPrompt,
      outcome: 'prompt',
      examples: {
        yes: ['Share this article', 'Follow us on Threads', 'Sign up for our morning newsletter', 'Read more: Vardo votes on bridge', 'Most read'],
        no: ['Shares in Hollis fell 9% on Friday', 'Sign-ups to the scheme doubled in March', 'Follow-up inspection found a second crack', 'Readers shared the post widely.'],
      },
    },
    {
      id: 'photo-credit',
      reason: 'A caption ends with the picture\'s credit ("Photograph: name/agency"): the line describes a picture beside the story and restates a fact of it at best; a colon after "image" inside a headline opens no credit ("The image: a city under water").',
      when: hasPhotoCredit,
      outcome: 'caption',
      examples: {
        yes: ['Firefighters at the scene on Tuesday. Photograph: Ivo Sandal/Coastwire', 'Photo: Kelso Press Agency', 'Mara Lind at the launch in Vardo. Image credit: Vardo Museum'],
        no: ['The photograph shows the bridge before it fell.', 'The image: a city under water', 'Picture this: a port with no ships'],
      },
    },
  ],
});

/** The furniture kind of a line (trimmed text of one line), or undefined when it may state a fact. */
export function furnitureKindOf(line: string): string | undefined {
  return firstRule(FURNITURE_LINES, shapeOf(line))?.outcome;
}
