// The ids of the conventions that credit a quotation without a cue of its own (attributeQuotes.ts records
// them; the rule table with their reasons and examples is speakerConventions.ts, which runs attributeQuotes
// on its examples and so cannot be imported by it).

/** The id of the rule table of speaker conventions. */
export const SPEAKER_CONVENTIONS_TABLE = 'speaker-conventions';

/** Each way a quotation without a cue of its own is credited, named as in the table. */
export type SpeakerConvention =
  | 'sentence-before'
  | 'sentence-before-inside'
  | 'subject-sentence-before'
  | 'quotation-before'
  | 'paragraph-before'
  | 'quotation-after'
  | 'narration-before'
  | 'paragraph-after-points-back'
  | 'sentence-after-points-back'
  | 'signature-paragraph-after'
  | 'pull-quote'
  | 'heading-quotation';
