// What the documented gazetteers (src/core/lexicon/gazetteer/) and the shape of a sports results line say about a
// candidate name: a known club, team, company, outlet, international body or party is an organisation; a side of a
// results line ("Arsenal 2 Hull 0", "Chicago 5 Boston 3") is a team unless it is a country (a national team,
// kept a place) or a person; a web address ("Example.com") is an organisation. Called once, at the end of
// evidence.ts's wordEvidence; strong person evidence (title, honorific, appositive) still wins in kind.ts.
import { AMBIGUOUS_NICKNAMES, COUNTRIES, gazetteerHas } from '../lexicon/gazetteer';
import { SPORTS_WORDS } from '../lexicon/gazetteer/sports';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { Evidence } from './types';
import { hyphenated, isAllCaps, nameWord } from './words';

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive;
const PERSON_WORDS = Tag.FirstName | Tag.LastName | Tag.Person;

/** "Example.com", "Brightline.org": a web address used as a name is the site, a body. */
const WEB_ADDRESS = /^[\p{L}\d][\p{L}\d-]*\.(?:com|org|net|gov|edu|io|co|info|news|tv)(?:\.[a-z]{2})?$/iu;

/** A team's score in a results line: a bare small number. */
const SCORE = /^\d{1,3}$/;

/** The words from `first` to `last` as the gazetteers write them: lower case, a hyphen kept, one space between words. */
function keyOf(s: Sentence, first: number, last: number): string {
  let key = '';
  for (let i = first; i <= last; i++) {
    key += nameWord(s[i]) + (i < last ? (hyphenated(s[i], s[i + 1]) ? '-' : ' ') : '');
  }
  return key;
}

/**
 * "Real Madrid drew …", "General Motors said …": a run of capitalised words opening a sentence that the gazetteers
 * name whole keeps its first word, though that word alone is a common opener.
 */
export function isListedRun(s: Sentence, run: readonly number[]): boolean {
  return run.length > 1 && gazetteerHas(keyOf(s, run[0], run[run.length - 1]), false);
}

/** The tokens of the draft's line (a sentence may span lines in tables and results lists). */
function lineOf(s: Sentence, d: Draft): Token[] {
  let from = d.first, to = d.last;
  while (from > 0 && !/\n/.test(s[from - 1].post + s[from].pre)) {
    from--;
  }
  while (to + 1 < s.length && !/\n/.test(s[to].post + s[to + 1].pre)) {
    to++;
  }
  return s.slice(from, to + 1);
}

/**
 * "Arsenal 2 Hull 0", "Chicago 5 Boston 3 (10 innings)": a line of two capitalised sides each followed by its
 * score, nothing else but punctuation or a parenthesis after; the draft is one of the sides.
 */
function isResultsLineSide(s: Sentence, d: Draft): boolean {
  const line = lineOf(s, d);
  const scores = line.flatMap((t, i) => (SCORE.test(t.text) ? [i] : []));
  if (scores.length < 2 || scores[0] === 0 || scores[1] === scores[0] + 1) {
    return false;
  }
  const [first, second] = scores;
  const names = (from: number, to: number) => line.slice(from, to).every(t => t.capitalised || t.text === '&' || t.lower === 'of');
  const afterOk = second === line.length - 1 || /\(/.test(line[second].post + line[second + 1].pre);
  const index = line.indexOf(s[d.first]);
  return names(0, first) && names(first + 1, second) && afterOk && index >= 0 && index < second;
}

/** A standings row's numbers: wins, losses, percentages, games behind ("65 40 .619 2-1/2"). */
const FIGURE = /^[\d.,/:-]+$/;

/**
 * "Chicago 65 40 .619 -": a standings row, the draft opening its line and only figures after it (two at least).
 * A city there is its team; a country (a national side) and a person (a golfer's "Name 68 70") are not judged so.
 */
function isStandingsRow(s: Sentence, d: Draft): boolean {
  const line = lineOf(s, d);
  const after = line.slice(line.indexOf(s[d.last]) + 1);
  return line[0] === s[d.first] && after.length >= 2 && after.every(t => FIGURE.test(t.text) || t.text === '-');
}

/** "W L PCT GB", "P W D L F A PTS": a table's header, a line of nothing but short capital abbreviations. */
function isTableHeader(s: Sentence, d: Draft): boolean {
  const line = lineOf(s, d);
  return d.first < d.last && line[0] === s[d.first] && line[line.length - 1] === s[d.last]
    && line.every(t => t.text.length <= 4 && /^\p{Lu}+$/u.test(t.text));
}

function inSportsSentence(s: Sentence): boolean {
  return s.some(t => SPORTS_WORDS.has(t.lower));
}

/**
 * A one-word name that is also a place, a personal name or an ordinary word ("Barcelona", "Chelsea", "Heat")
 * names a club or team only in sports copy.
 */
function needsSports(s: Sentence, d: Draft, key: string): boolean {
  if (d.first !== d.last) {
    return false;
  }
  const t = s[d.first];
  // After "the" a first name is no person's ("the Blaze").
  const personal = s[d.first - 1]?.lower === 'the' ? 0 : PERSON_WORDS;
  const known = t.lexicon & Tag.Organization ? 0 : (t.lexicon | t.tags) & (Tag.Place | personal);
  return known !== 0 || AMBIGUOUS_NICKNAMES.has(key);
}

/** The candidate's evidence with what the gazetteers and results lines add (or, for a team, take away: a place). */
export function gazetteerEvidence(s: Sentence, d: Draft, evidence: number): number {
  const key = keyOf(s, d.first, d.last);
  const resultsLine = isResultsLineSide(s, d);
  const sports = resultsLine || (evidence & Evidence.Result) !== 0 || inSportsSentence(s) || isStandingsRow(s, d);
  // An abbreviation ("UN", "AP") counts only as written in capitals: "Who", "Un" are other words.
  const caseFits = key.length > 3 || d.first !== d.last || isAllCaps(s[d.first]);
  const listed = caseFits && gazetteerHas(key, s[d.first - 1]?.lower === 'the') && (sports || !needsSports(s, d, key));
  if (listed) {
    return (evidence | Evidence.OrgTag) & ~(Evidence.Place | Evidence.Weak);
  }
  const person = (evidence & PERSON_EVIDENCE) !== 0 || (d.first < d.last && evidence & Evidence.FirstName);
  const city = (evidence & Evidence.Place) !== 0 && isStandingsRow(s, d);
  if ((resultsLine || city) && !person && !COUNTRIES.has(key)) {
    return (evidence | Evidence.OrgTag | Evidence.Result) & ~(Evidence.Place | Evidence.Weak);
  }
  if (isTableHeader(s, d)) {
    return evidence | Evidence.Weak;
  }
  if (d.first === d.last && WEB_ADDRESS.test(s[d.first].text.replace(/[’']s$/, ''))) {
    return (evidence | Evidence.OrgTag) & ~Evidence.Place;
  }
  return evidence;
}
