// What the per-paragraph pass finds and hands to the document-level resolution. Everything here is a pure
// function of the paragraph's text (offsets relative to the paragraph), so results can be cached by text.

/**
 * A set of Evidence flags. A bigint, not a number: JavaScript's bitwise operators cut numbers to 32 signed bits,
 * so a number holds 31 flags at most; a bigint holds any number of them with the same operators (`|` to join,
 * `&` to test, `& ~` to clear) and the compiler refuses to mix the two, so a flag cannot be lost to a number
 * by accident. Test a set with `(flags & Evidence.X) !== 0n`.
 */
export type EvidenceFlags = bigint;

/** No evidence. */
export const NO_EVIDENCE: EvidenceFlags = 0n;

/** Clues about one candidate name; the document-level pass weighs them to decide person, organisation or nothing. */
export const Evidence = {
  /** A singular title chain right before it ("Chancellor X", "Kremlin chief X"). */
  Title: 1n << 0n,
  /** A plural title before a list of names ("Presidents X and Y"). */
  PluralTitle: 1n << 1n,
  /** A courtesy honorific or abbreviated title right before it ("Mr X", "Sen. X"). */
  Honorific: 1n << 2n,
  /** Its first word is a known first name. */
  FirstName: 1n << 3n,
  /** Its last word is a known surname. */
  LastName: 1n << 4n,
  /** compromise tags every word of it as part of a person's name. */
  PersonTags: 1n << 5n,
  /** compromise (with our lexicon) tags it as an organisation. */
  OrgTag: 1n << 6n,
  /** It ends in (or starts with, before "of") an organisation noun ("… Committee", "Bank of …"). */
  OrgHead: 1n << 7n,
  /** A standalone all-capital abbreviation that is not a place or a common abbreviation. */
  Acronym: 1n << 8n,
  /** compromise tags every word as a place or nationality. */
  Place: 1n << 9n,
  /** Subject or object of a reporting verb ("X said", "according to X"). */
  Speaker: 1n << 10n,
  /** It opens a sentence or quotation, so its capital proves nothing. */
  Opener: 1n << 11n,
  /** Found in a title-case line (a headline): kept only if it names an entity found elsewhere. */
  Weak: 1n << 12n,
  /** An indefinite article before it: a kind of thing, not a body ("a KAB bomb"). */
  NotOrg: 1n << 13n,
  /** One side of a hyphenated pair ("the X-Y summit"). */
  HyphenPart: 1n << 14n,
  /** An appositive role after it ("X, the foreign minister,") or before it ("the foreign minister, X"). */
  Appositive: 1n << 15n,
  /** Every word is unknown to the lexicon (or a known name part), capitalised mid-sentence. */
  UnknownWords: 1n << 16n,
  /** A personal pronoun right after its reporting verb ("X said he …"). */
  SaysHe: 1n << 17n,
  /** After a preposition of place ("in X", "near X"). */
  Located: 1n << 18n,
  /** Followed by a number ("Article 5", "Rs 20,000"). */
  NumberAfter: 1n << 19n,
  /** Used in the possessive ("X's shares"). */
  Possessive: 1n << 20n,
  /** Stands right before a title that names someone else ("Uasin Gishu Governor X"): a place or a body. */
  Prefix: 1n << 21n,
  /** Winner or loser of a match-result verb in a sentence with a score ("X beat Y 2-1"): a team, unless a person is named so. */
  Result: 1n << 22n,
  /** A capitalised "The" right before it in mid-sentence ("her book, The Kelso Case for Reform"): a work's or a body's title. */
  AfterThe: 1n << 23n,
  /** Sports copy shows a team or club by its shape ("the Marlow Hawks", "Kelso City 2-1 …", "Kelso manager X"). */
  Team: 1n << 24n,
  /** After a preposition that puts it around something ("in X", "near X", "outside X"; not "at X"): a town or a region. */
  Within: 1n << 25n,
  /** The words around it show that it is a body itself, not a word modifying one: a body noun with a word of its trade
   * before it ("the haulage group X"), shares or a stake in it. */
  BodyUse: 1n << 26n,
  /** Subject of a reporting verb right after a quotation that breaks off at a comma ("“…,” Kelso said"). */
  QuotedSpeaker: 1n << 27n,
  /** Shown to be a ship ("aboard the X", "the crew of the X", "X, a Dutch-flagged tanker,"): a thing, in every use of the name. */
  Vessel: 1n << 28n,
  /** One capitalised plural ("Kestrels", "Glassmen") after a lower-case "the" or before "fans": a team's nickname in sports copy. */
  Nickname: 1n << 29n,
  /** A one-word name used as a team: before "fans"/"supporters" or a plural verb, beside "v" ("Kelso fans", "Kelso were", "Kelso v Dunmore"). */
  ClubUse: 1n << 30n,
  /** An abbreviation shown to name a thing, not a body: spelt by the lower-case words right before its parenthesis
   * ("coronary artery bypass grafting (CABG)"), naming a trial ("the VELTA trial") or named by a thing's noun ("a gene
   * called TRM4B"); kind-by-use weighs it. */
  Term: 1n << 31n,
  /** The name before the slash of a picture credit ("(Jordan Pell/Courier)"): the photographer, a person, whatever the
   * tagger reads into the glued outlet. */
  Photographer: 1n << 32n,
  /** A one-word name after a travel word and "to" ("travel to Kelso", "Saturday's trip to Kelso"): an away fixture's
   * club in sports copy (kind-by-use: town-as-club-in-sports-copy). */
  AwayFixture: 1n << 33n,
  /** A one-word name followed by ", who" ("Kelso, who now runs the bakery,"): a person's relative pronoun. Of a surname
   * shared by a person named in full and a family firm ("Kelso & Sons"), the surname alone is then the person. */
  PersonRelative: 1n << 34n,
  /** A person's screen name written in lower case: an @-handle ("analyst @kelsowatch") or the word after "posts as",
   * "goes by", "the handle" ("a trader who posts as dotgrid"); kind-of-name makes it a person (lowerCaseNames.ts). */
  ScreenName: 1n << 35n,
  /** A name written in lower case that the words around one use show to be a name (a screen name, or a brand with a
   * body's appositive, "kelpo, the payments start-up,"): its other bare uses in the document are names too (resolve.ts). */
  LowerCase: 1n << 36n,
  /** An all-capital word a token noun names ("its KVX token", "KVX, the exchange's native token,"): a crypto asset's
   * ticker; kind-by-use makes every use of it the thing, price moves included ("KVX fell 71%"). Set with Term. */
  Ticker: 1n << 37n,
  /** A one-word name a malware noun right after it names ("the NightBolt encryptor", "the Hattie infostealer."): a program
   * of security copy, a thing; kind-by-use makes every use of it the thing unless a use shows a body or a person. */
  Software: 1n << 38n,
  /** A name in the possessive right before a capitalised place head ("Lady Jenna's Cove", "St Bride's Bay"): a word of
   * the place's name, not a person or a body (kind-of-name: possessive-in-place-name). */
  PlaceNamePart: 1n << 39n,
  /** One word right after "the" ("the Pell", "The Vard said"): may be the clipped first word of a body the article names
   * in full (clusters.ts `clippedBody`). */
  AfterArticle: 1n << 40n,
  /** Two or three capital letters a party's noun, an identifying participle or an age marks as standing for a person an
   * anonymity order protects ("The lead claimant, AB,", "identified only as AB", "CD, 29,"): every use of them is that person. */
  Anonymised: 1n << 41n,
  /** The words right after a post held over a town or a region and "of" ("Mayor of Tarrow Vale"): the place itself, every
   * use of the name is that place unless a use shows a person of its own (kind.ts placesByUse). Set with Place and Within. */
  Jurisdiction: 1n << 42n,
  /** A character of a series, a film or a book ("the character X", "X, played by Y", "Y played X in the film"): a made-up
   * person, a thing of the work; kind-by-use makes every use of the name the character (rule fictional-character). */
  Fictional: 1n << 43n,
  /** The subject before a reporting verb, right before it ("Kelso said") or after the comma that closes its appositive
   * ("Her son, Ivo Kelso, said"); not the inverted "said Kelso", which also reads a clause's subject ("Officials said
   * Kelso had …"). Of namesakes, the one that speaks so takes a speaking surname (clusters.ts `onlySpeakingNamesake`). */
  SpeechSubject: 1n << 44n,
} as const satisfies Record<string, EvidenceFlags>;

export type Gender = 'm' | 'f';

export interface NameCandidate {
  /** Span of the name, title, honorific and possessive excluded. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-case words of the name (particles included, hyphenated parts separate). */
  readonly words: readonly string[];
  readonly evidence: EvidenceFlags;
  /** The honorific before the name, from its first character (for aliases such as "Mr Whitlock"). */
  readonly honorific?: { readonly start: number; readonly gender?: Gender };
  /** Gender that a known first name suggests. */
  readonly gender?: Gender;
  /**
   * Gender a kin noun right before the full name gives ("His wife, X"): weaker than a first name's, it only picks
   * among namesakes a short form fits equally (clusters.ts `bySurname`), after the form the article already used.
   */
  readonly kinGender?: Gender;
  /** A common word opening the sentence right before the name, dropped from it ("Bill" in "Bill Hale said" may be a first name). */
  readonly lead?: { readonly start: number; readonly word: string };
  /**
   * The index of the candidate this one is another name for: an abbreviation in parentheses after its
   * expansion ("(WHO)"), or a nickname after "known as" ("X, known as Y").
   */
  readonly expands?: number;
  /** A nickname in quotation marks inside the name, as keyed ("Tomas "Tig" Wendle" → "tig"): alone it names this person. */
  readonly nickname?: string;
}

/** A role's name index meaning "the one person named on the line above this paragraph" (a post line under a byline). */
export const BYLINE_ABOVE = -1;

export interface RoleCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the name candidate (same paragraph) the role belongs to; BYLINE_ABOVE: the name of the byline line above. */
  readonly name: number;
  /** The id of the role-cues rule that found the role (entities/roleCues.ts), for explanations. */
  readonly rule?: string;
}

/** The per-paragraph result, cacheable by paragraph text. */
export interface ParagraphEntities {
  readonly names: readonly NameCandidate[];
  readonly roles: readonly RoleCandidate[];
}

/** A candidate placed in the document: offsets absolute, with the roles found next to it. */
export interface Placed {
  readonly c: NameCandidate;
  readonly roles: readonly RoleCandidate[];
  /** Set when the span was widened to a dropped sentence opener that turned out to be a first name. */
  start?: number;
}

/** One entity in the making: the placed candidates that name it. */
export interface Cluster {
  readonly kind: 'person' | 'org';
  readonly key: string;
  readonly members: Placed[];
  gender?: Gender;
  /** The gender a kin noun gave a full name of it (NameCandidate.kinGender). */
  kinGender?: Gender;
  /** Starts of the full-name mentions, in document order. */
  readonly fullStarts: number[];
}
