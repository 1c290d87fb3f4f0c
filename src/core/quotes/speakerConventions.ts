// The conventions of news writing that credit a quotation without a cue of its own, as a rule table: the
// ids attributeQuotes.ts records (conventionIds.ts) with the reason for each and example articles. The
// passes themselves are attributeQuotes.ts's (inheritSpeakers, creditFromNextParagraph,
// creditFloatingParagraphs), tried in the order of this table; the first that credits a quotation settles
// it, and `analyze --explain` and the hover card show its id. An example's context is the set of
// conventions the engine records over that example, so each example checks the engine itself.
import { analyzeParagraph } from '../entities/paragraph';
import { resolveEntities } from '../entities/resolve';
import { segmentText } from '../paragraphs';
import { ruleTable, type Rule, type RuleExamples, type RuleTable } from '../rules/ruleTable';
import { withTrail } from '../rules/trail';
import { attributeQuotes } from './attributeQuotes';
import { SPEAKER_CONVENTIONS_TABLE, type SpeakerConvention } from './conventionIds';
import { findQuotes } from './findQuotes';

/** The conventions recorded over an example article (paragraphs split by blank lines), as the engine records them. */
function conventionsIn(article: string): ReadonlySet<string> {
  const paragraphs = segmentText(article).map(segment => ({ offset: segment.start, result: analyzeParagraph(segment.text) }));
  const entities = resolveEntities(article, paragraphs);
  const { decisions } = withTrail(() => attributeQuotes(article, findQuotes(article), entities));
  return new Set(decisions.filter(decision => decision.table === SPEAKER_CONVENTIONS_TABLE).map(decision => decision.rule));
}

/** One convention: why news writing credits a quotation so, and example articles. */
interface Convention {
  readonly reason: string;
  readonly examples: RuleExamples;
}

/** Every convention, keyed by the ids attributeQuotes.ts records (the type makes each id appear here). */
const CONVENTIONS: Readonly<Record<SpeakerConvention, Convention>> = {
  'sentence-before': {
    reason: 'A quotation that opens a sentence right after a sentence crediting someone with words ("X said the plan would fail. “…”") is more of that person\'s speech.',
    examples: {
      yes: ['Ilsa Marrow said the harbour would reopen by spring. "We will rebuild every pier that the storm took from us."'],
      no: ['The harbour was quiet on Monday morning. "We will rebuild every pier that the storm took from us."'],
    },
  },
  'sentence-before-inside': {
    reason: 'A quotation that closes a sentence whose own words before it name no one (no name, no pronoun), right after a sentence crediting someone with words ("X said the delay had left her furious. Doing so “looked like …”"), goes on with that report: the words are that person\'s, as a quotation opening the sentence would be.',
    examples: {
      yes: ['Ilsa Marrow said the long delay had left her furious. Doing so "looked like an attempt to wear the crews down."'],
      no: [
        'Ilsa Marrow said the long delay had left her furious. The owners called it "a normal step in any sale of a harbour."',
        'Ilsa Marrow said the long delay had left her furious. Doing so "looked like an attempt to wear the crews down," and the vote went ahead.',
      ],
    },
  },
  'subject-sentence-before': {
    reason: 'A quotation that opens a sentence right after a sentence opened by a named person with any verb ("X touted her record on the bill. “…”") is that person\'s: news writing introduces the next speaker so, even without a reporting verb.',
    examples: {
      yes: ['Ilsa Marrow walked the length of the broken pier. "We will rebuild every pier that the storm took from us."', 'The harbour was quiet. Tobin Vael agreed. "We will rebuild every pier that the storm took from us."'],
      no: ['The harbour was quiet on Monday morning. "We will rebuild every pier that the storm took from us."', 'Ilsa Marrow said the harbour would reopen by spring. "We will rebuild every pier that the storm took from us."'],
    },
  },
  'quotation-before': {
    reason: 'The next part of a quotation continued over paragraphs, or another quotation of the same paragraph, keeps the speaker of the quotation before it.',
    examples: {
      yes: ['Ilsa Marrow said: "The storm took every pier and every boat that we had.\n\n"We will rebuild them all before the winter comes, whatever it costs."'],
      no: ['Ilsa Marrow said: "The storm took every pier and every boat that we had."\n\nThe harbour was quiet on Monday morning.'],
    },
  },
  'paragraph-before': {
    reason: 'A "floating" quotation that opens a paragraph after an attributed quotation, or after a paragraph whose closing sentence reports someone\'s words, is that person\'s (captions and headings in between are skipped).',
    examples: {
      yes: [
        '"The storm took every pier and every boat that we had," Ilsa Marrow said.\n\n"We will rebuild them all before the winter comes, whatever it costs."',
        'Ilsa Marrow spoke only in slogans on Monday.\n\n"We will rebuild every pier that the storm took from us."\n\n"We will do it before the winter comes, whatever it costs."',
      ],
      no: ['"The storm took every pier and every boat that we had," Ilsa Marrow said.\n\n"We will rebuild them all before the winter comes," Tobin Vael added.'],
    },
  },
  'quotation-after': {
    reason: 'A quotation whose speaker is named only in a later part (the next paragraph of the same quotation, or a later quotation of its paragraph with a cue) takes that speaker; so does a floating paragraph that continues into a part naming its own speaker, even after another speaker\'s words (one quotation, one speaker).',
    examples: {
      yes: [
        '"The storm took every pier and every boat that we had.\n\n"We will rebuild them all before the winter comes," Ilsa Marrow said.',
        '"We will rebuild every pier," Tobin Vael said.\n\n"The storm took every boat that we had.\n\n"Nobody asked the fishermen," said Ilsa Marrow, who chairs the harbour trust.',
      ],
      no: ['"The storm took every pier and every boat that we had," Tobin Vael said.\n\n"We will rebuild them all before the winter comes," Ilsa Marrow said.'],
    },
  },
  'narration-before': {
    reason: 'Last resort: a quotation paragraph with no cue anywhere, after a paragraph of narration about one person or ending in a colon, is that person\'s.',
    examples: {
      yes: [
        'Ilsa Marrow walked the length of the broken pier on Monday.\n\n"We will rebuild every pier that the storm took from us."',
        'What "build back" means is anyone\'s guess, since Ilsa Marrow spoke only in slogans on Monday.\n\n"We will rebuild every pier that the storm took from us."',
      ],
      no: ['Ilsa Marrow walked the broken pier with Tobin Vael on Monday.\n\n"We will rebuild every pier that the storm took from us."'],
    },
  },
  'paragraph-after-points-back': {
    reason: 'A quotation closing its paragraph without a cue, followed by a paragraph that points back ("That was the warning from X") and names one person, is that person\'s.',
    examples: {
      yes: ['The harbour was quiet. "We will rebuild every pier that the storm took from us."\n\nThat was the promise from Ilsa Marrow on Monday.'],
      no: ['The harbour was quiet. "We will rebuild every pier that the storm took from us."\n\nThe pier reopened on Monday for Ilsa Marrow.'],
    },
  },
  'sentence-after-points-back': {
    reason: 'A quotation that closes a sentence without a cue, followed in its paragraph by a sentence that points back to it and names one person after "of", "from" or "by" ("“…” That was the verdict of X, who …", "That warning came from X", "“…” The words of retired skipper X, who …"), is that person\'s: feature and broadcast copy give the words first and the speaker after.',
    examples: {
      yes: [
        'The pier was gone. "We are not leaving." That was the verdict of Ilsa Marrow, who has fished from the harbour for forty years.',
        'Tobin Vael spoke first. "If the boats go south, they may not come back." That warning came from Ilsa Marrow, who chairs the harbour trust.',
        'The pier was gone.\n\n"If the wall had gone, we would be counting boats on the beach." The words of retired skipper Ilsa Marrow, who fished from the quay for 30 years, will worry the harbour trust.',
      ],
      no: [
        'The pier was gone. "We are not leaving." That night the storm reached Ilsa Marrow\'s house on the quay.',
        'The pier was gone. "We are not leaving." The rest of Ilsa Marrow\'s crew stayed ashore.',
        'The pier was gone. "We are not leaving." That was the view of Tobin Vael and Ilsa Marrow, who run the harbour trust.',
      ],
    },
  },
  'signature-paragraph-after': {
    reason: 'A quotation closing its paragraph without a cue, followed by a paragraph that is only a dashed signature ("— X, Springfield."), as round-ups and fact checks print them, is that person\'s; so is a quotation left open at the end of its paragraph when the next line signs it and closes its marks ("“…⏎X, Harbour Institute.”", a pull quote of scraped web copy).',
    examples: {
      yes: [
        'Quotable.\n\n"We will rebuild every pier that the storm took from us."\n\n- Ilsa Marrow, Harbour Town.', 'Quotable.\n\n"We will rebuild every pier that the storm took from us."\n\n\u2014 Ilsa Marrow.',
        'Quotable.\n\n"We will rebuild every pier that the storm took from us.\nIlsa Marrow, Harbour Policy Institute."\n\nThe trust met on Monday.',
      ],
      no: [
        'Quotable.\n\n"We will rebuild every pier that the storm took from us."\n\nIlsa Marrow left the harbour on Monday.',
        'Quotable.\n\n"We will rebuild every pier that the storm took from us.\nIlsa Marrow will not say who pays."\n\nThe trust met on Monday.',
      ],
    },
  },
  'pull-quote': {
    reason: 'A paragraph that is nothing but a short quotation without a cue, whose words recur inside a longer quotation of the article (a pull quote, as features and long reads print them between paragraphs), is the words of that quotation\'s speaker, whatever the paragraph before it reports.',
    examples: {
      yes: ['Ilsa Marrow chairs the harbour trust. The owners said the sale was "final."\n\n\'Nobody asked the fishermen\'\n\n"We were told in a letter. Nobody asked the fishermen, not once," Ilsa Marrow says.'],
      no: ['Ilsa Marrow chairs the harbour trust. The owners said the sale was "final."\n\n\'Nobody asked the fishermen\'\n\n"We were told in a letter," Ilsa Marrow says.'],
    },
  },
  'heading-quotation': {
    reason: 'A quotation in a heading (a headline, or a live page\'s entry heading: a line that does not end like a sentence) that no cue credits, whose words recur inside a longer quotation below it, or below it in the same words as a fragment with its own speaker, is the words of that quotation\'s speaker: the report under the heading quotes them in full.',
    examples: {
      yes: ['\'The water came up to the sills\': street counts cost of flood\n\nResidents spent the day bailing out. Corin Adley, 64, said: "The water came up to the sills in ten minutes."',
        'Builder \'trusted the supplier fully\' on panels, hearing told\n\nThe works director, Corin Adley, said his firm had "trusted the supplier fully" over the panels.'],
      no: ['\'The water came up to the sills\': street counts cost of flood\n\nResidents spent the day bailing out. Corin Adley, 64, said: "We lost the carpets."'],
    },
  },
};

/** The conventions as a rule table, for the generic examples test and the reasons `analyze --explain` shows. */
export const SPEAKER_CONVENTIONS: RuleTable<ReadonlySet<string>, SpeakerConvention> = ruleTable<ReadonlySet<string>, SpeakerConvention>({
  id: SPEAKER_CONVENTIONS_TABLE,
  reason: 'A quotation without a cue of its own is credited by the conventions of news writing: speech runs on over sentences, parts and paragraphs.',
  contextOf: conventionsIn,
  rules: (Object.keys(CONVENTIONS) as SpeakerConvention[]).map((id): Rule<ReadonlySet<string>, SpeakerConvention> => ({
    id,
    reason: CONVENTIONS[id].reason,
    when: recorded => recorded.has(id),
    outcome: id,
    examples: CONVENTIONS[id].examples,
  })),
});
