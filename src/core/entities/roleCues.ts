// The ways a role is found, as one ordered table (`role-cues`): each rule reads the context of one sentence
// (computed once, see `roleContextOf`) and yields the role spans it finds, with the name each belongs to. Every
// rule runs (a name may have several roles); the engine (roles.ts) records which rule found each role, so
// `analyze --explain` can say why a person has a role. The rule bodies live in the files named beside them.
import { parseParagraph } from '../nlp/adapter';
import type { Sentence } from '../nlp/tokens';
import { ruleTable, type Rule, type RuleExamples } from '../rules/ruleTable';
import { findNames, type Draft } from './names';
import { appositiveAfter } from './roleAppositive';
import { beforeNameOf, chainRoles, commaRoles, coordinatedChainRoles, coordinatedCommaRoles, honourRoles, rankingRoles, roleBeforeChainRoles, seatLetterRoles } from './roleBeforeName';
import { kinListRoles, pluralTitleRoles, withRelationHeads } from './roleLists';
import { asRoles, becomeRoles, complementRoles, coordinatedObjectRoles, fieldWorkRoles, postSubjectRoles, predicateRoles, relativeRoles } from './rolePredicates';
import { labelPostRoles } from './roleLabels';
import { agedDescription, bylineCommaPost, bylinePost, postLine, pronounPost, type BackReference } from './roleReferences';
import { draftStarts, type OwnedSpan, type RoleContext } from './roleSpans';
import { Evidence, type EvidenceFlags, type Gender } from './types';
import { titleParts, type TitlePart } from './words';

/** A role a rule found: its span, the draft it belongs to (-1: someone named in an earlier sentence), a pronoun's gender. */
export interface FoundRole extends OwnedSpan {
  readonly gender?: Gender;
}

/** What a rule of the table does when it fires: find its roles, and the evidence a found role gives its name. */
export interface RoleCue {
  readonly find: (context: RoleContext) => readonly FoundRole[];
  /** Evidence bits set on the name of each role found (a title or appositive says the name is a person's). */
  readonly evidence?: EvidenceFlags;
}

/** The context of one sentence's role rules: title parts with relation heads, draft starts, what stands before each name. */
export function roleContextOf(sentence: Sentence, titles: readonly TitlePart[], drafts: readonly Draft[]): RoleContext {
  const parts = withRelationHeads(sentence, titles);
  return {
    sentence,
    parts,
    drafts,
    startsAt: draftStarts(drafts),
    beforeName: drafts.map(draft => beforeNameOf(sentence, titles, parts, draft)),
  };
}

/** The context of an example: its last sentence, parsed and named as the engine does (earlier sentences set the scene). */
function exampleContext(example: string): RoleContext {
  const sentences = parseParagraph(example);
  const sentence = sentences[sentences.length - 1];
  const titles = titleParts(sentence);
  return roleContextOf(sentence, titles, findNames(sentence, titles));
}

/** The appositives after each name, computed once per context for the two rules that read them. */
const appositivesOf = new WeakMap<RoleContext, readonly (FoundRole & { readonly afterTag: boolean })[]>();

function appositives(context: RoleContext, afterTag: boolean): FoundRole[] {
  let found = appositivesOf.get(context);
  if (!found) {
    const passed = new Set<number>();
    found = context.drafts.flatMap((draft, index) => {
      if (passed.has(index)) {
        return [];
      }
      const appositive = appositiveAfter(context, draft, passed);
      return appositive.spans.map(span => ({ ...span, draft: index, afterTag: appositive.afterTag }));
    });
    appositivesOf.set(context, found);
  }
  return found.filter(role => role.afterTag === afterTag).map(({ start, end, draft }) => ({ start, end, draft }));
}

/** Roles about someone named in an earlier sentence: the paragraph picks the person (roleReferences.ts `referredName`). */
function earlier(find: (context: RoleContext) => BackReference[]): (context: RoleContext) => FoundRole[] {
  return context => find(context).map(role => ({ ...role, draft: -1 }));
}

/** A rule of the table from what it finds: it fires on a sentence where it finds a role. */
function cue(rule: { id: string; reason: string; find: RoleCue['find']; evidence?: EvidenceFlags; examples: RuleExamples }): Rule<RoleContext, RoleCue> {
  const { find, evidence, ...described } = rule;
  return { ...described, when: context => find(context).length > 0, outcome: evidence === undefined ? { find } : { find, evidence } };
}

export const ROLE_CUES = ruleTable<RoleContext, RoleCue>({
  id: 'role-cues',
  reason: 'The ways news copy gives a person a role: a title before the name, an appositive after it, a clause, a later sentence.',
  contextOf: exampleContext,
  rules: [
    cue({
      id: 'plural-title-list',
      reason: 'A plural abbreviated title, or the plural title of a sitting body\'s members (list `panel-member-titles`), before a list of names is each listed person\'s title, as written; so is any plural title set off by a comma before a list of two names or more that closes its clause, an appositive naming the holders ("Green co-leaders, X and Y, said") (roleLists.ts).',
      find: pluralTitleRoles,
      examples: {
        yes: ['Reps. Tom Halder (Ohio) and Ann Bellamy (Iowa) voted no.', 'Justices Tom Halder and Ann Bellamy dissented.', 'Green co-leaders, Tom Halder and Ann Bellamy, said no.'],
        no: ['Rep. Tom Halder (Ohio) voted no.', 'Presidents Tom Halder and Ann Bellamy met.'],
      },
    }),
    cue({
      id: 'kin-list-relation',
      reason: 'A plural kin noun right before a list of two names or more ("leaves sons X and Y", "survived by their children, X, Y and Z": obituaries and death notices) is each listed person\'s relation, as written with its possessive (roleLists.ts, list `kin-list-nouns`).',
      find: kinListRoles,
      examples: {
        yes: ['She leaves a husband and sons Ivo and Tam.', 'He is survived by their children, Anna, Peter and Thomas.'],
        no: ['His son Tom Halder spoke first.', 'Their sons, Anna said, were there.'],
      },
    }),
    cue({
      id: 'honour-before-name',
      reason: 'An honour or abbreviated title among the honorifics is a role of its own ("Sir", "Gen."); a plain "Mr." is not (roleBeforeName.ts).',
      find: honourRoles,
      examples: { yes: ['Sir Tom Halder opened the show.', 'Maj. Gen. Ann Bellamy left the base.', 'Det Sgt Ann Bellamy led the inquiry.', 'The Honourable Ann Bellamy opened the show.'], no: ['Mr. Tom Halder opened the show.'] },
    }),
    cue({
      id: 'seat-letters-after-name',
      reason: 'Post-nominal letters for a seat in a legislature ("X MP", "X MEP") are the post the person holds, a role as "MP" before the name is; letters for a rank at the bar or an honour ("KC", "OBE") are no role, nor is "MP" after a possessive ("Marwick\'s MP", the MP of a place) (roleBeforeName.ts, list `seat-post-nominals`).',
      find: seatLetterRoles,
      evidence: Evidence.Title,
      examples: {
        yes: ['Tom Halder MP said the vote was lost.', 'Ann Bellamy MEP, the chair of the panel, spoke.', 'Halder MSP OBE spoke first.'],
        no: ['Tom Halder KC said the claim was weak.', 'Ann Bellamy OBE opened the hall.', 'Sir Tom Halder, the Unity MP who chairs it, spoke.', 'Marwick North MP Ann Bellamy spoke first.',
          'Marwick\'s MP, Ann Bellamy, spoke first.'],
      },
    }),
    cue({
      id: 'title-before-name',
      reason: 'A title chain right before a name, with its prefix ("Finance Minister X", "the agency\'s director X"), is the person\'s title (roleChains.ts).',
      find: context => chainRoles(context, false),
      evidence: Evidence.Title,
      examples: {
        yes: ['Finance Minister Tom Halder resigned on Friday.', 'The agency\'s director Ann Bellamy said so.',
          'The Marwick property developer Tom Halder bought the club.', 'Ardian magnate Ann Bellamy bought the club.', 'The Ardian jurist Ann Bellamy said so.',
          'Mayor-elect Ann Bellamy said so.', 'The club signed left-back Tom Halder.', 'Lambert found tight end Tom Halder.',
          'Guests included supermodel Ann Bellamy.', 'Pop superstar Tom Halder said so.'],
        no: ['Tom Halder resigned on Friday.', 'Presidents Tom Halder and Ann Bellamy met.'],
      },
    }),
    cue({
      id: 'relation-before-name',
      reason: 'A relation noun that a named other places ("Mr. X\'s wife Y", "X ally Y") says who the person is to them; "his son Y" without a comma only tells relatives apart, '
        + 'but a spouse is one person, so "his wife Y" names her by the relation, comma or not (roleLists.ts, list `spouse-nouns`).',
      find: context => chainRoles(context, true),
      evidence: Evidence.Title,
      examples: {
        yes: ['Mr. Halder\'s wife Ann Bellamy spoke first.', 'Tom Halder, pictured with his wife Ann, was kind.', 'Her husband Tom Halder spoke first.',
          'Singer Ann Bellamy and her chef husband Tom Halder have split.'],
        no: ['His son Tom Halder spoke first.', 'Her brother Tom Halder spoke first.', 'His wife\'s friend Ann Bellamy spoke first.'],
      },
    }),
    cue({
      id: 'coordinated-title-before-name',
      reason: 'A second title chain joined by "and" before the title chain is a role too ("former senator and party adviser X").',
      find: coordinatedChainRoles,
      examples: { yes: ['Former senator and party adviser Tom Halder spoke.'], no: ['Former senator Tom Halder spoke.'] },
    }),
    cue({
      id: 'role-before-title',
      reason: 'A title phrase and a comma before a title chain belong to its name too ("Sudan\'s army chief, General X"), also past '
        + 'an honorific or an article opening the chain ("The judge, Mr Justice X", "Its chair, the Ardian economist X").',
      find: roleBeforeChainRoles,
      examples: {
        yes: ['The navy\'s chief, Admiral Tom Halder, said no.', 'The trial judge, Mr Justice Halder, warned the jury.',
          'Its chair, the Ardian economist Ann Bellamy, said no.'],
        no: ['Admiral Tom Halder said no.', 'Mr Justice Halder warned the jury.', 'After the vote, the Ardian economist Ann Bellamy said no.'],
      },
    }),
    cue({
      id: 'byline-post-after-name',
      reason: 'A web byline with no "By" that prints the writer\'s post after the name on the same line, in sentence case ("Dana Kelso Home affairs correspondent"): the post is the name\'s role, and no word of the name (roleReferences.ts `bylinePostStart`).',
      find: bylinePost,
      examples: {
        yes: ['Tom Halder Home affairs correspondent', 'Ann Bellamy Political editor'],
        no: ['Tom Halder Home Affairs Editor', 'Tom Halder met the editor.', 'The Home affairs correspondent'],
      },
    }),
    cue({
      id: 'byline-post-after-comma',
      reason: 'A byline\'s "By", the writer\'s name and a comma, then the post in capitals up to a newsroom post\'s head (list role-newsroom-posts) that ends the line, stands before a bar and the date, or before a comma and the outlet closing the line ("By Dana Kelso, Chief Football Writer", "…, Chief Football Writer, The Kelso Clarion"): the post is the writer\'s role; "Writer" and "Critic" head no title elsewhere (roleReferences.ts `bylineCommaPost`).',
      find: bylineCommaPost,
      examples: {
        yes: ['By Tom Halder, Chief Football Writer', 'By Ann Bellamy, Dance Critic | Monday, 4 May 2026', 'By Tom Halder, Chief Football Writer, The Kelso Clarion'],
        no: ['By Tom Halder, the writer, said no.', 'Written by Tom Halder, Chief Football Writer'],
      },
    }),
    cue({
      id: 'coordinated-role-before-comma',
      reason: 'A second title chain joined by "and" before the title phrase and the comma before a name is a role too ("The firm\'s chairman and chief executive, X, said", as "Chairman and chief executive X said").',
      find: coordinatedCommaRoles,
      examples: {
        yes: ['The firm\'s chairman and chief executive, Tom Halder, said no.', 'Vardo\'s co-founder and chief scientist, Ann Bellamy, said no.'],
        no: ['The firm\'s chief executive, Tom Halder, said no.', 'After the chairman and the board met, Tom Halder said no.'],
      },
    }),
    cue({
      id: 'role-before-comma',
      reason: 'A title phrase before a comma introduces the name after it ("the prime minister, X"), when the name then ends its clause; also past "the late" before the name ("His brother, the late X,").',
      find: commaRoles,
      evidence: Evidence.Appositive,
      examples: {
        yes: ['The prime minister, Tom Halder, said no.', 'The head of the Harbour Electoral Commission (HEC), Tom Halder, said no.', 'Bellamy\'s sister, Tom Halder, said no.',
          'Ann Bellamy died on Sunday. Her brother, Tom Halder, said no.', 'Mr Bellamy leaves a wife, Ann, and two sons.',
          'Mr Bellamy has a nine-year-old daughter, Elsa, from his first marriage.', 'Ann Bellamy came with her long-term partner, Tom Halder.',
          'The council\'s cabinet member for housing, Tom Halder, said no.', 'Her brother, the late Tom Halder, ran the mill for 30 years.',
          'The party\'s health spokeswoman, Ann Bellamy MP, said no.'],
        no: ['After the vote, Tom Halder said no.', 'After the war, the late Tom Halder ran the mill for 30 years.', 'After the annual meeting (AGM), Tom Halder said no.', 'Their ally, Halder Holdings, said no.', 'He met a wife, Ann Bellamy, at the door.'],
      },
    }),
    cue({
      id: 'ranking-before-name',
      reason: 'A player\'s ranking right before the name ("former world No 3 X", "world number one X") is a post as written; a post and a comma right before the ranking ("Her coach, former world No 3 X,") is one too (roleBeforeName.ts rankingRoles).',
      find: rankingRoles,
      examples: {
        yes: ['Former world number one Tom Halder said he was tired.', 'Her coach, former world No 3 Ann Bellamy, said no.'],
        no: ['The world has 3 Tom Halder fans.', 'Number one Tom Halder said no.'],
      },
    }),
    cue({
      id: 'appositive-after-name',
      reason: 'A comma phrase headed by a title noun right after a name is the person\'s post ("X, the agency\'s director, said"), also past '
        + 'post-nominal letters ("X MEP, the chair of the panel,"), after a plural owner\'s bare apostrophe ("X, Vardo Holdings\' chief executive,") '
        + 'and in an aside closed by its bracket or second dash ("X (the company\'s founder)", "X — the town\'s longest-serving councillor —") (roleAppositive.ts).',
      find: context => appositives(context, false),
      evidence: Evidence.Appositive,
      examples: {
        yes: ['Tom Halder, the agency\'s director, said no.', 'Tom Halder, cabinet member for housing and planning, said no.', 'Tom Halder, the 5th Earl of Marrow, opened the fair.',
          'Tom Halder, Vardo Holdings\' chief executive, said no.', '"It is not enough," said Tom Halder, general secretary of the nurses\' union.',
          'Tom Halder (the company\'s founder) left the board.', 'Tom Halder — the town\'s longest-serving councillor — backed it.',
          'It was backed by Tom Halder — the town\'s longest-serving councillor.'],
        no: ['Tom Halder, who had left, said no.', 'Tom Halder, 52, a deputy sheriff, said no.', 'The vote fell to the Marwick Senate, unlike a property developer, to settle.',
          'Tom Halder (pictured) left the board.', 'It was backed by Tom Halder — the chairman said so.', 'The Bishop of Marrow, a keen cyclist, rode in.',
          'A cook was hurt at a diner on Warren Avenue, the Tarlow County Sheriff\'s Office said.'],
      },
    }),
    cue({
      id: 'appositive-after-tag',
      reason: 'The appositive may follow an age, a party tag, a home state or a parenthesised state ("X, 52, a deputy sheriff,"); the state is no part of the role.',
      find: context => appositives(context, true),
      evidence: Evidence.Appositive,
      examples: { yes: ['Tom Halder, 52, a deputy sheriff, said no.'], no: ['Tom Halder, the agency\'s director, said no.'] },
    }),
    cue({
      id: 'as-post',
      reason: 'A post given by "as" after a verb of appointing or serving, to its subject or object (rolePredicates.ts).',
      find: asRoles,
      examples: {
        yes: ['The board named Tom Hale as chief executive.', 'Maria Lopez works as a cashier at the store.', 'Jane Doe was nominated as transport commissioner on Monday.',
          'Ann Bellamy, a former banker, took over as chair in May.', 'Dana Kelso joined Vardo Holdings as chief operating officer in 2019.',
          'Dana Kelso rejoined the club in 2019 as head coach.', 'Mr Kelso spent 22 years as head of Marwick Primary School.',
          'The federation dismissed Tom Hale as head coach of the national team.', 'The vote ended Tom Hale\'s eight years as mayor of Marwick.'],
        no: ['Tom Hale left as the president arrived.', 'Maria Lopez was described as a hero.', 'They met, as Secretary of State Ana Ruiz said.',
          'Ann Bellamy, the one who left, spoke as the chair arrived.', 'Dana Kelso joined the march as a teenager.',
          'Maria Lopez worked as a teenager at the store.', 'Mr Kelso spent the money as head of the school.', 'The board dismissed Tom Hale as a distraction.',
          'The vote ended Tom Hale\'s plans as the mayor left.'],
      },
    }),
    cue({
      id: 'predicate-post',
      reason: 'A post after a copula or a passive verb of appointing whose subject is the name.',
      find: predicateRoles,
      examples: {
        yes: ['Maria Lopez is a greeter at the store.', 'Tom Hale was also elected chairman of the caucus.', 'Tom Hale has been head coach since 2019.', 'Tom Hale was made captain after the injury.'],
        no: ['Maria Lopez is not a candidate.', 'Tom Hale was the first to leave.', 'He said Tom Hale has "been a leader far more than the mayor."'],
      },
    }),
    cue({
      id: 'post-subject-copula',
      reason: 'A sentence whose whole subject is a post and whose copula stands right before the name ("The lead commissioner will be X.") gives the post to the name (rolePredicates.ts postSubjectRoles).',
      find: postSubjectRoles,
      examples: {
        yes: ['The lead commissioner will be Dana Kelso, a former council chief.', 'The new chair is Tom Hale.'],
        no: ['The lead commissioner met Dana Kelso on Monday.', 'The new chair was Tom Hale\'s friend.', 'The problem is Tom Hale.'],
      },
    }),
    cue({
      id: 'complement-post',
      reason: 'A post right after a name that an active verb of appointing governs, without "as" ("the club named X head coach").',
      find: complementRoles,
      examples: {
        yes: ['The club named Tom Hale head coach on Friday.', 'Voters elected Ann Bell mayor of Marwick.'],
        no: ['The club named Tom Hale on Friday.', 'Tom Hale named Ann Bell as his deputy.', 'Reports named Tom Hale, the coach, as the source.'],
      },
    }),
    cue({
      id: 'relative-post',
      reason: 'A relative clause after the name that states its post, or the body it heads ("who chairs the committee"); an appointing verb only in the passive ("who was appointed chief executive").',
      find: relativeRoles,
      examples: {
        yes: ['Tom Hale, who chairs the committee, said no.', 'Tom Hale, who chairs the council\'s licensing committee, said no.', 'Ann Bell, who is the company’s chief executive, agreed.', 'Ann Bell, who owns a bakery on Mill Lane, agreed.',
          'Ann Bell, who was appointed chief executive in May, agreed.', 'Ann Bell, who has been captain since 2019, agreed.',
          'Ann Bell, who leads the force\'s fraud unit, agreed.', 'Ann Bell, who chairs Vardo, agreed.', 'Ann Bell, who founded Brockfield in 2009, agreed.', 'Ann Bell, who runs Bell Halden in Marwick, agreed.',
          'Canon Ann Bell, who is also Vicar of Marwick, agreed.', 'Ann Bell, who tracks the steel trade for Forgeline Research, agreed.',
          'Ann Bell, who studies migration at the Aldermoor Institute, agreed.', 'Ann Bell, the economist who chaired the inquiry, agreed.'],
        no: ['Ann Bell, who manages Tom Hale, agreed.', 'Ann Bell, who chaired Tom Hale\'s campaign, agreed.', 'Tom Hale, who leads the race, said no.', 'Tom Hale, who leads the team in scoring, said no.', 'Tom Hale, who left the fraud unit, said no.', 'Ann Bell, who led the rescue, agreed.', 'Ann Bell, who is known for her temper, agreed.', 'Ann Bell, who owns a dog, agreed.', 'Ann Bell, who appointed the new chairman, agreed.',
          'Ann Bell, who covers the costs, agreed.', 'Ann Bell, who studies the plans for the club, agreed.', 'Ann Bell, the woman who lives next door, agreed.',
          'Ann Bell, the woman who founded the firm in 2009, agreed.'],
      },
    }),
    cue({
      id: 'coordinated-object-post',
      reason: 'A second verb of heading after "and" shares the subject that opens the sentence ("X was head of the school and later chaired the club"); the verb and its body are the post, as in a relative clause.',
      find: coordinatedObjectRoles,
      examples: {
        yes: ['Mr Tom Halder was head of Marwick Primary School for 22 years and later chaired the Marwick Cycling Club.', 'Ann Bell trained as a nurse and now runs a bakery on Mill Lane.'],
        no: ['Tom Halder said Ann Bell was tired and later chaired the committee.', 'Tom Halder was late and Ann Bell chaired the committee.',
          'Tom Halder met the mayor, who was tired, and later chaired the committee.', 'Tom Halder was late and later chaired the meeting.'],
      },
    }),
    cue({
      id: 'field-work-post',
      reason: 'A sentence whose subject is the name and whose verb is a specialist\'s work with its field and the body it is done for ("X covers the courts for the Herald.", list role-field-work-verbs): the verb, the field and the body are the post, as a byline\'s closing line places its writer.',
      find: fieldWorkRoles,
      examples: {
        yes: ['Greta Voss covers energy and climate for the Marwick Herald.', 'Ivo Brandt tracks the steel trade for Forgeline Research.'],
        no: ['Greta Voss covers the costs for the club.', 'Ivo Brandt covers the story.', 'The report said Greta Voss tracks the steel trade for Forgeline Research.'],
      },
    }),
    cue({
      id: 'become-post',
      reason: 'A post reached "to become" belongs to the subject of the clause, not to the nearest name (often the one defeated).',
      find: becomeRoles,
      examples: {
        yes: ['Senator Ana Ruiz of Oregon defeated her colleague, Senator Joan Hale, to become vice chairwoman.'],
        no: ['Ask Tom Hale whether he wants to become chairman.', 'It took Tom Hale years to become famous.'],
      },
    }),
    cue({
      id: 'pronoun-post',
      reason: 'A sentence opened by "he" or "she" and a copula states a post of the last person of that gender named before (roleReferences.ts).',
      find: earlier(pronounPost),
      examples: { yes: ['Jane Dorsey arrived late. She is the company’s chief executive.'], no: ['Jane Dorsey arrived late. She is not happy about it.'] },
    }),
    cue({
      id: 'aged-description',
      reason: 'A description with an age opening a sentence ("The 52-year-old farmer said …", "The 52-year-old, a farmer, said …") points back at the person just named.',
      find: earlier(agedDescription),
      examples: {
        yes: ['Peter Kamali lost his house. The 52-year-old farmer said he would rebuild.', 'Peter Kamali lost his house. The 52-year-old, a farmer who grew maize, said he would rebuild.'],
        no: ['Peter Kamali lost his house. The farmer said he would rebuild.', 'Peter Kamali lost his house. The 52-year-old, who grew maize, said he would rebuild.'],
      },
    }),
    cue({
      id: 'label-post',
      reason: 'A post ending in a title head, with a colon, opening a line or a sentence that one name fills ("Referee: Owain Gantry", "Head coach: Oriel Vance (Kelso)": teamsheets, fact boxes, credits) is that person\'s role (roleLabels.ts).',
      find: labelPostRoles,
      evidence: Evidence.Title,
      examples: {
        yes: ['Referee: Tom Halder', 'Head coach: Ann Bellamy (Marwick)'],
        no: ['Scorers: Tom Halder, Ann Bellamy.', 'Referee: Tom Halder booked three players.', 'Marwick: Halder, Bellamy, Kelso.'],
      },
    }),
    cue({
      id: 'post-line',
      reason: 'A newsroom post in Title Case or sentence case on a line of its own ("Diplomatic Editor, Marwick", "Political reporter, Marwick Today") is the post of the one person named on the byline line above it (roleReferences.ts; resolve.ts places it).',
      find: earlier(postLine),
      examples: {
        yes: ['Diplomatic Editor, Marwick', 'Chief Football Writer', 'Political reporter, Marwick Today'],
        no: ['Political Staff', 'The editor said the paper would appeal.', 'Diplomatic Editor Dana Kelso wrote the story.', 'The reporter, Marwick Today'],
      },
    }),
  ],
});
