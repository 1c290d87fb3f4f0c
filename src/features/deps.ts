import type { AnalysisStore } from '../services/analysisStore';
import type { ComparisonService } from '../services/comparison';
import type { SettingsService } from '../services/settings';

/** The shared services every feature may use, built once in extension.ts. */
export interface FeatureDeps {
  readonly settings: SettingsService;
  readonly store: AnalysisStore;
  readonly comparison: ComparisonService;
}
