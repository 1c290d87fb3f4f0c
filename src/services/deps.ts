import type { AnalysisStore } from './analysisStore';
import type { ComparisonService } from './comparison';
import type { CoverageService } from './coverage';
import type { SettingsService } from './settings';

/** The shared services every feature may use, built once in extension.ts. */
export interface FeatureDeps {
  readonly settings: SettingsService;
  readonly store: AnalysisStore;
  readonly comparison: ComparisonService;
  /** The set of three or more compared articles (Compare Articles…) and its coverage. */
  readonly coverage: CoverageService;
}
