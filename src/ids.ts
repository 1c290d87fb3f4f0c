// Every id the extension contributes in package.json, in one place. test/unit/ids.test.ts checks they agree.

export const Commands = {
  compareWith: 'newsLens.compareWith',
  openComparison: 'newsLens.openComparison',
  swapComparison: 'newsLens.swapComparison',
  clearComparison: 'newsLens.clearComparison',
  showQuoteComparison: 'newsLens.showQuoteComparison',
  revealInPanel: 'newsLens.revealInPanel',
  revealMention: 'newsLens.revealMention',
  nextMention: 'newsLens.nextMention',
  previousMention: 'newsLens.previousMention',
  findAllMentions: 'newsLens.findAllMentions',
  exportCrossReference: 'newsLens.exportCrossReference',
  toggleHighlights: 'newsLens.toggleHighlights',
  mergeEntity: 'newsLens.mergeEntity',
  ignoreEntity: 'newsLens.ignoreEntity',
  filterByKind: 'newsLens.filterByKind',
  analyzeAnyway: 'newsLens.analyzeAnyway',
  showClaimComparison: 'newsLens.showClaimComparison',
  exportClaims: 'newsLens.exportClaims',
  compareArticles: 'newsLens.compareArticles',
  showCoverage: 'newsLens.showCoverage',
  exportCoverage: 'newsLens.exportCoverage',
  mergeSuggestion: 'newsLens.mergeSuggestion',
  rejectSuggestion: 'newsLens.rejectSuggestion',
  openSamples: 'newsLens.openSamples',
  openQuotesInEditor: 'newsLens.openQuotesInEditor',
  undoCorrection: 'newsLens.undoCorrection',
} as const;

export const Views = {
  container: 'newsLens',
  crossReference: 'newsLens.crossReference',
  quotes: 'newsLens.quotes',
} as const;

export const Settings = {
  section: 'newsLens',
  highlightPeople: 'newsLens.highlight.people',
  highlightOrganizations: 'newsLens.highlight.organizations',
  highlightQuotes: 'newsLens.highlight.quotes',
  aliases: 'newsLens.aliases',
  ignore: 'newsLens.ignore',
  maxFileSize: 'newsLens.maxFileSize',
  highlightUniqueClaims: 'newsLens.highlight.uniqueClaims',
  distinct: 'newsLens.distinct',
  exclude: 'newsLens.exclude',
} as const;

export const Colors = {
  personBackground: 'newsLens.personBackground',
  personBorder: 'newsLens.personBorder',
  organizationBackground: 'newsLens.organizationBackground',
  organizationBorder: 'newsLens.organizationBorder',
  quoteBackground: 'newsLens.quoteBackground',
  unattributedQuoteBackground: 'newsLens.unattributedQuoteBackground',
  quoteBorder: 'newsLens.quoteBorder',
  speakerForeground: 'newsLens.speakerForeground',
  uniqueClaimBackground: 'newsLens.uniqueClaimBackground',
  uniqueClaimBorder: 'newsLens.uniqueClaimBorder',
} as const;

/** Languages whose documents News Lens treats as articles. */
export const ARTICLE_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

/** Workspace-state key of the remembered comparison pair. */
export const PAIR_STATE_KEY = 'newsLens.comparisonPair';

/** Context keys the extension sets with `setContext`; package.json's `when` clauses read them (test/unit/ids.test.ts). */
export const ContextKeys = {
  /** A comparison pair is chosen. */
  hasPair: 'newsLens.hasPair',
  /** The cursor of the active article editor is on a name News Lens found. */
  onEntity: 'newsLens.onEntity',
  /** Three or more articles are compared (Compare Articles…), or a pair is: the coverage view has something to show. */
  hasCoverage: 'newsLens.hasCoverage',
  /** A correction (merge, ignore) was made this session and can be undone. */
  canUndoCorrection: 'newsLens.canUndoCorrection',
  /** An article has been analysed (ticks the walkthrough's first step). */
  articleAnalysed: 'newsLens.articleAnalysed',
  /** A hover card has been shown (ticks the walkthrough's hover step). */
  cardShown: 'newsLens.cardShown',
} as const;
/** Workspace-state key of the remembered set of compared articles (Compare Articles…, three or more). */
export const COVERAGE_STATE_KEY = 'newsLens.coverageArticles';
