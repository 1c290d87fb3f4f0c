// newsLens.exportCrossReference: the pair's cross-reference as Markdown, CSV or JSON, to a new editor or
// a file. From code, {format: 'json'} returns the export object without prompting.
import * as vscode from 'vscode';
import { toExport, type CrossReferenceExport } from '../core/exportShape';
import { renderCrossReference, REPORT_FORMATS, type ReportFormat } from '../core/report';
import { Commands } from '../ids';
import type { FeatureDeps } from './deps';

const FORMAT_INFO: Record<ReportFormat, { label: string; detail: string; extension: string; language: string }> = {
  markdown: { label: 'Markdown', detail: 'Tables for reading and sharing', extension: 'md', language: 'markdown' },
  csv: { label: 'CSV', detail: 'One row per entity and article, and per quote, for spreadsheets', extension: 'csv', language: 'plaintext' },
  json: { label: 'JSON', detail: 'The full cross-reference with offsets, for scripts', extension: 'json', language: 'json' },
};

interface ExportArgs {
  readonly format?: ReportFormat;
  /** 'editor' for a new untitled editor, or the file to write. */
  readonly target?: 'editor' | vscode.Uri;
}

function parseArgs(raw: unknown): ExportArgs | undefined {
  if (raw === undefined || raw === null) {
    return {};
  }
  if (typeof raw !== 'object') {
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  if (r.format !== undefined && !REPORT_FORMATS.includes(r.format as ReportFormat)) {
    return undefined;
  }
  let target: ExportArgs['target'];
  if (r.target === 'editor') {
    target = 'editor';
  } else if (r.target instanceof vscode.Uri) {
    target = r.target;
  } else if (typeof r.target === 'string') {
    target = vscode.Uri.parse(r.target);
  } else if (r.target !== undefined) {
    return undefined;
  }
  return { format: r.format as ReportFormat | undefined, target };
}

async function writeTo(target: 'editor' | vscode.Uri, format: ReportFormat, text: string): Promise<void> {
  if (target === 'editor') {
    const doc = await vscode.workspace.openTextDocument({ language: FORMAT_INFO[format].language, content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}

/**
 * Returns the export object for {format: 'json'} without a target; otherwise writes and returns the
 * target it wrote to (undefined when cancelled or nothing to export).
 */
async function exportCrossReference(deps: FeatureDeps, raw?: unknown): Promise<CrossReferenceExport | vscode.Uri | 'editor' | undefined> {
  const args = parseArgs(raw);
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
  const format =
    args.format ??
    (await vscode.window.showQuickPick(
      REPORT_FORMATS.map(f => ({ label: FORMAT_INFO[f].label, detail: FORMAT_INFO[f].detail, format: f })),
      { title: 'News Lens: Export the cross-reference as' },
    ))?.format;
  if (!format) {
    return undefined;
  }
  let target = args.target;
  if (!target) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: 'New Editor', detail: 'Open the export in an untitled editor', target: 'editor' as const },
        { label: 'Save to File…', detail: 'Choose where to save it', target: 'file' as const },
      ],
      { title: `News Lens: Export as ${FORMAT_INFO[format].label} to` },
    );
    if (!choice) {
      return undefined;
    }
    if (choice.target === 'editor') {
      target = 'editor';
    } else {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const stem = `${names.a.replace(/\.[^.]+$/, '')}-vs-${names.b.replace(/\.[^.]+$/, '')}`.replace(/[^\w.-]+/g, '_');
      const file = `${stem}.${FORMAT_INFO[format].extension}`;
      target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, file) : undefined,
        filters: { [FORMAT_INFO[format].label]: [FORMAT_INFO[format].extension] },
        title: 'News Lens: Save the cross-reference',
      });
      if (!target) {
        return undefined;
      }
    }
  }
  await writeTo(target, format, renderCrossReference(xref, format, names, { distinct: deps.settings.get().distinct }));
  return target;
}

export function registerExportCommand(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportCrossReference, (raw?: unknown) => exportCrossReference(deps, raw)));
}
