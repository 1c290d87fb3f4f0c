// The expensive, per-paragraph half of entity recognition: one compromise parse, then the sentence rules.
// A pure function of the paragraph's text (offsets relative to it), so its result can be cached by text.
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence } from '../nlp/tokens';
import { genderOfHonorific, wordEvidence } from './evidence';
import { findNames, type Draft } from './names';
import { referredName } from './roleReferences';
import { findRoles } from './roles';
import { Evidence, type Gender, type NameCandidate, type ParagraphEntities, type RoleCandidate } from './types';
import { abbreviationKey, hyphenated, initialsOf, nameWord, titleParts, wordSpan } from './words';
import { PLACE_ACRONYMS, has } from '../lexicon/entities';

function genderOfFirstName(flags: number): Gender | undefined {
  return flags & Tag.FemaleName ? 'f' : flags & Tag.MaleName ? 'm' : undefined;
}

function candidateOf(text: string, s: Sentence, d: Draft): NameCandidate {
  const start = wordSpan(s[d.first]).start, end = wordSpan(s[d.last]).end;
  const words: string[] = [];
  for (let i = d.first; i <= d.last; i++) {
    const w = nameWord(s[i]);
    if (i > d.first && hyphenated(s[i - 1], s[i]) && words.length) {
      words[words.length - 1] += `-${w}`;
    } else if (w) {
      words.push(w);
    }
  }
  const first = s[d.first];
  const gender = d.first < d.last ? genderOfFirstName(first.lexicon | first.tags) : undefined;
  const honorific = d.honorific !== undefined ? s[d.honorific] : undefined;
  return {
    start,
    end,
    text: text.slice(start, end),
    words,
    evidence: wordEvidence(s, d),
    ...(honorific ? { honorific: { start: honorific.start, gender: genderOfHonorific(honorific) } } : {}),
    ...(gender ? { gender } : {}),
    ...(d.lead !== undefined ? { lead: { start: s[d.lead].start, word: s[d.lead].lower } } : {}),
  };
}

/** "World Health Organization (WHO)": the abbreviation right after its expansion, in parentheses. */
function linkAbbreviations(s: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const c = names[n], d = drafts[n], prev = drafts[n - 1];
    if (c.words.length !== 1 || !/\($/.test(s[d.first].pre) || !/^\)/.test(s[d.last].post) || prev.last !== d.first - 1) {
      continue;
    }
    const expansion = names[n - 1];
    // "(WHO)" spells its expansion's initials; "(Fiocruz)" after an organisation's name is its short name.
    const shortName = (expansion.evidence & (Evidence.OrgHead | Evidence.OrgTag)) !== 0 && (c.evidence & Evidence.Place) === 0
      && /^\p{Lu}[\p{L}-]*$/u.test(c.text);
    if (expansion.words.length > 1 && (initialsOf(expansion.words) === abbreviationKey(c.words[0]) || shortName)) {
      names[n - 1] = { ...expansion, evidence: expansion.evidence | Evidence.OrgHead };
      names[n] = { ...c, expands: offset + n - 1, evidence: c.evidence | Evidence.Acronym };
    }
  }
}

/** A stock ticker as wire copy prints it: a Reuters instrument code ("VLMT.O", "HB.N") or "NYSE: VLM". */
const TICKER = /^\p{Lu}[\p{Lu}\d]{0,5}\.\p{Lu}{1,2}$/u;
const EXCHANGES = new Set(['nyse', 'nasdaq', 'lse', 'tsx', 'amex']);

/**
 * "Valmart Holding Corp. (VLMT.O: Quote, Profile, Research)", "Norvex Inc (NYSE: NVX)": a ticker in
 * parentheses right after a company's name is another mention of that company, not a body of its own.
 */
function linkTickers(s: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const d = drafts[n], t = s[d.first];
    if (d.first !== d.last || names[n].expands !== undefined) {
      continue;
    }
    // "(VLMT.O": the company's name ends right before; "(NYSE: VLM)": before the exchange's name.
    const exchange = s[d.first - 1];
    const afterExchange = exchange !== undefined && EXCHANGES.has(exchange.lower) && /^:\s*$/.test(exchange.post) && /\($/.test(exchange.pre);
    // ("Jane Doe (N.J.)": a state after a lawmaker's name is no ticker.)
    const ric = TICKER.test(t.text) && /\($/.test(t.pre) && !has(PLACE_ACRONYMS, nameWord(t));
    const company = ric ? n - 1 : afterExchange ? n - 2 : -1;
    const companyEnd = ric ? d.first - 1 : d.first - 2;
    if (company >= 0 && drafts[company].last === companyEnd) {
      names[company] = { ...names[company], evidence: names[company].evidence | Evidence.OrgTag };
      names[n] = { ...names[n], expands: offset + company, evidence: names[n].evidence | Evidence.Acronym };
    }
  }
}

const KNOWN_AS = new Set(['known as', 'also known as', 'better known as', 'popularly known as', 'widely known as', 'nicknamed', 'dubbed']);

/** "Mohamed Hamdan Dagalo, known as Hemedti": a short name right after "known as" names the person before it. */
function linkKnownAs(s: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const d = drafts[n], prev = drafts[n - 1];
    const between = s.slice(prev.last + 1, d.first).map(t => t.lower).join(' ');
    if (names[n].words.length <= 2 && names[n - 1].words.length > 1 && names[n].expands === undefined && KNOWN_AS.has(between)) {
      names[n] = { ...names[n], expands: offset + n - 1 };
    }
  }
}

/** Candidate names and roles of one paragraph. */
export function analyzeParagraph(text: string): ParagraphEntities {
  const names: NameCandidate[] = [];
  const roles: RoleCandidate[] = [];
  for (const s of parseParagraph(text)) {
    const parts = titleParts(s);
    const drafts = findNames(s, parts);
    const sentenceRoles = findRoles(s, parts, drafts);
    const offset = names.length;
    const found = drafts.map(d => candidateOf(text, s, d));
    linkAbbreviations(s, drafts, found, offset);
    linkTickers(s, drafts, found, offset);
    linkKnownAs(s, drafts, found, offset);
    for (const r of sentenceRoles) {
      const name = r.draft >= 0 ? offset + r.draft : referredName(names, r.gender);
      if (name !== undefined) {
        roles.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), name, rule: r.rule });
      }
    }
    names.push(...found);
  }
  return { names, roles };
}
