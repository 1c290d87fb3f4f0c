// Entry bundled to dist/test/coreBrowser.js (an IIFE exposing the global NewsLensCore) by esbuild.js,
// so test/web/*.mjs can run the analysis of the web extension in a real browser.
export { analyzeText } from '../../src/core/analyze';
export { compareDocuments } from '../../src/core/compare';
