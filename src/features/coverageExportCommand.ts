// newsLens.exportCoverage: the coverage of the compared articles (three or more, or the pair) as Markdown,
// CSV or JSON (news-lens/coverage@1), to a new editor or a file, as the pair's export does. From code,
// {format: 'json'} returns the export object without prompting.
import * as vscode from 'vscode';
import { toCoverageExport, type CoverageExport } from '../core/coverageExport';
import { renderCoverage, type CoverageFormat } from '../core/coverageReport';
import type { FeatureDeps } from './deps';

type ExportFormat = Exclude<CoverageFormat, 'table'>;

const FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json'];

const FORMAT_INFO: Record<ExportFormat, { label: string; detail: string; extension: string; language: string }> = {
  markdown: { label: 'Markdown', detail: 'Tables for reading and sharing', extension: 'md', language: 'markdown' },
  csv: { label: 'CSV', detail: 'One row per entity and article, per version of a shared quotation, per suggestion', extension: 'csv', language: 'plaintext' },
  json: { label: 'JSON', detail: 'The full coverage with offsets, for scripts', extension: 'json', language: 'json' },
};

interface ExportArgs {
  readonly format?: ExportFormat;
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
  if (r.format !== undefined && !FORMATS.includes(r.format as ExportFormat)) {
    return undefined;
  }
  const target = r.target === 'editor' ? 'editor' : r.target instanceof vscode.Uri ? r.target : typeof r.target === 'string' ? vscode.Uri.parse(r.target) : undefined;
  if (r.target !== undefined && target === undefined) {
    return undefined;
  }
  return { format: r.format as ExportFormat | undefined, target };
}

async function askTarget(format: ExportFormat, names: readonly string[]): Promise<'editor' | vscode.Uri | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'New Editor', detail: 'Open the export in an untitled editor', target: 'editor' as const },
      { label: 'Save to File…', detail: 'Choose where to save it', target: 'file' as const },
    ],
    { title: `News Lens: Export the coverage as ${FORMAT_INFO[format].label} to` },
  );
  if (!choice || choice.target === 'editor') {
    return choice?.target;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file = `coverage-${names.length}-articles.${FORMAT_INFO[format].extension}`;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, file) : undefined,
    filters: { [FORMAT_INFO[format].label]: [FORMAT_INFO[format].extension] },
    title: 'News Lens: Save the coverage',
  });
}

/** The export object for {format: 'json'} without a target; otherwise what was written to (undefined when cancelled). */
export async function exportCoverage(deps: FeatureDeps, raw?: unknown): Promise<CoverageExport | vscode.Uri | 'editor' | undefined> {
  const args = parseArgs(raw);
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
  const format = args.format ?? (await vscode.window.showQuickPick(
    FORMATS.map(f => ({ label: FORMAT_INFO[f].label, detail: FORMAT_INFO[f].detail, format: f })),
    { title: 'News Lens: Export the coverage as' },
  ))?.format;
  const target = format && (args.target ?? (await askTarget(format, names)));
  if (!format || !target) {
    return undefined;
  }
  const text = renderCoverage(coverage, format, names);
  if (target === 'editor') {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: FORMAT_INFO[format].language, content: text }), { preview: false });
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  }
  return target;
}
