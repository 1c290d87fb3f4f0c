import type { AnalysisStore } from './analysisStore';
import type { ComparisonService } from './comparison';
import type { SettingsService } from './settings';

/** The shared services every feature may use, built once in extension.ts. */
export interface FeatureDeps {
  readonly settings: SettingsService;
  readonly store: AnalysisStore;
  readonly comparison: ComparisonService;
}
