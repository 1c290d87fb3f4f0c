// Entry bundled to dist/bench/core.js for tools/bench.mjs: the core and the worker client, as shipped.
export { analyzeText } from '../../src/core/analyze';
export { compareDocuments } from '../../src/core/compare';
export { compareClaims } from '../../src/core/claims/compareClaims';
export { entityAt, mentionsOf } from '../../src/core/query';
export { IncrementalAnalyzer } from '../../src/core/incremental';
export { AnalysisWorkerClient } from '../../src/services/workerClient';
export { BENCH_FIXTURE_FOLDERS, buildArticle, loadFixtureArticles } from './articleBuilder';
export { withTrail } from '../../src/core/rules/trail';
export { withHeadlinesOnly } from '../../src/core/rules/explain';
export { segmentText } from '../../src/core/paragraphs';
