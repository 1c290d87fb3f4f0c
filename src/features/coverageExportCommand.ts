// newsLens.exportCoverage: the coverage of the compared articles (three or more, or the pair) as Markdown,
// CSV or JSON (news-lens/coverage@1), to a new editor or a file, as the pair's export does. From code,
// {format: 'json'} returns the export object without prompting.
import * as vscode from 'vscode';
import { toCoverageExport, type CoverageExport } from '../core/coverageExport';
import { renderCoverage, type CoverageFormat } from '../core/coverageReport';
import { parseExportArgs, pickExportFormat, pickExportTarget, writeExport, type ExportFormatInfo } from '../services/exportFlow';
import type { FeatureDeps } from './deps';

type ExportFormat = Exclude<CoverageFormat, 'table'>;

const FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json'];

const FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  markdown: { label: 'Markdown', detail: 'Tables for reading and sharing', extension: 'md', language: 'markdown' },
  csv: { label: 'CSV', detail: 'One row per entity and article, per version of a shared quotation, per suggestion', extension: 'csv', language: 'plaintext' },
  json: { label: 'JSON', detail: 'The full coverage with offsets, for scripts', extension: 'json', language: 'json' },
};

/** The export object for {format: 'json'} without a target; otherwise what was written to (undefined when cancelled). */
export async function exportCoverage(deps: FeatureDeps, raw?: unknown): Promise<CoverageExport | vscode.Uri | 'editor' | undefined> {
  const args = parseExportArgs(raw, FORMATS);
  if (!args) {
    throw new Error('newsLens.exportCoverage: expected { format?: "markdown" | "csv" | "json", target?: "editor" | Uri }');
  }
  const coverage = await deps.coverage.coverage();
  if (!coverage) {
    void vscode.window.showInformationMessage(
      deps.coverage.shownArticles.length ? 'News Lens: one of the compared articles could not be analysed.' : 'News Lens: choose the articles to compare first (News Lens: Compare Articles…).',
    );
    return undefined;
  }
  const names = deps.coverage.names();
  if (args.format === 'json' && !args.target) {
    return toCoverageExport(coverage, names);
  }
  const format = args.format ?? (await pickExportFormat(FORMATS, FORMAT_INFO, 'News Lens: Export the coverage as'));
  const target =
    format &&
    (args.target ?? (await pickExportTarget(FORMAT_INFO[format], { pick: `News Lens: Export the coverage as ${FORMAT_INFO[format].label} to`, save: 'News Lens: Save the coverage' }, `coverage-${names.length}-articles`)));
  if (!format || !target) {
    return undefined;
  }
  const text = renderCoverage(coverage, format, names);
  await writeExport(target, FORMAT_INFO[format], text);
  return target;
}
