// newsLens.exportCrossReference: the pair's cross-reference as Markdown, CSV or JSON, to a new editor or
// a file. From code, {format: 'json'} returns the export object without prompting.
import * as vscode from 'vscode';
import { toExport, type CrossReferenceExport } from '../core/exportShape';
import { renderCrossReference, REPORT_FORMATS, type ReportFormat } from '../core/report';
import { Commands } from '../ids';
import { parseExportArgs, pickExportFormat, pickExportTarget, writeExport, type ExportFormatInfo } from '../services/exportFlow';
import type { FeatureDeps } from './deps';

const FORMAT_INFO: Record<ReportFormat, ExportFormatInfo> = {
  markdown: { label: 'Markdown', detail: 'Tables for reading and sharing', extension: 'md', language: 'markdown' },
  csv: { label: 'CSV', detail: 'One row per entity and article, and per quote, for spreadsheets', extension: 'csv', language: 'plaintext' },
  json: { label: 'JSON', detail: 'The full cross-reference with offsets, for scripts', extension: 'json', language: 'json' },
};

/** The suggested file name of a pair's export: "<a>-vs-<b>" without extensions, safe for any file system. */
function pairFileStem(names: { readonly a: string; readonly b: string }): string {
  return `${names.a.replace(/\.[^.]+$/, '')}-vs-${names.b.replace(/\.[^.]+$/, '')}`.replace(/[^\w.-]+/g, '_');
}

/**
 * Returns the export object for {format: 'json'} without a target; otherwise writes and returns the
 * target it wrote to (undefined when cancelled or nothing to export).
 */
async function exportCrossReference(deps: FeatureDeps, raw?: unknown): Promise<CrossReferenceExport | vscode.Uri | 'editor' | undefined> {
  const args = parseExportArgs(raw, REPORT_FORMATS);
  if (!args) {
    throw new Error('newsLens.exportCrossReference: expected { format?: "markdown" | "csv" | "json", target?: "editor" | Uri }');
  }
  const pair = deps.comparison.pair;
  const xref = pair && (await deps.comparison.crossReference());
  if (!pair || !xref) {
    void vscode.window.showInformationMessage(
      pair ? 'News Lens: one of the compared articles could not be analysed.' : 'News Lens: choose two articles to compare first (News Lens: Compare With…).',
    );
    return undefined;
  }
  const names = deps.comparison.names(pair);
  if (args.format === 'json' && !args.target) {
    return toExport(xref, names, { distinct: deps.settings.get().distinct });
  }
  const format = args.format ?? (await pickExportFormat(REPORT_FORMATS, FORMAT_INFO, 'News Lens: Export the cross-reference as'));
  const target =
    format &&
    (args.target ?? (await pickExportTarget(FORMAT_INFO[format], { pick: `News Lens: Export as ${FORMAT_INFO[format].label} to`, save: 'News Lens: Save the cross-reference' }, pairFileStem(names))));
  if (!format || !target) {
    return undefined;
  }
  await writeExport(target, FORMAT_INFO[format], renderCrossReference(xref, format, names, { distinct: deps.settings.get().distinct }));
  return target;
}

export function registerExportCommand(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportCrossReference, (raw?: unknown) => exportCrossReference(deps, raw)));
}
