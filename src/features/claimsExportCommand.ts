// newsLens.exportClaims: the pair's claim comparison (schema news-lens/claims@1). From code,
// {format: 'json'} returns the object without prompting; {format: 'markdown' | 'table'} (or a choice from the
// palette) opens it in a new editor.
import * as vscode from 'vscode';
import { renderClaims, toClaimsExport, type ClaimsExport, type ClaimsFormat } from '../core/claims/claimsExport';
import { Commands } from '../ids';
import type { ClaimComparisonService } from '../services/claimComparison';

const FORMATS: readonly ClaimsFormat[] = ['markdown', 'table', 'json'];
const FORMAT_INFO: Record<ClaimsFormat, { label: string; detail: string; language: string }> = {
  markdown: { label: 'Markdown', detail: 'Numbers that disagree, claims in both, claims only in one', language: 'markdown' },
  table: { label: 'Plain text', detail: 'The same as the CLI prints', language: 'plaintext' },
  json: { label: 'JSON', detail: 'news-lens/claims@1 with offsets, for scripts', language: 'json' },
};

function parseFormat(raw: unknown): ClaimsFormat | undefined | false {
  if (raw === undefined || raw === null) {
    return undefined;
  }
  const format = typeof raw === 'object' ? (raw as Record<string, unknown>).format : false;
  return format === undefined ? undefined : FORMATS.includes(format as ClaimsFormat) ? (format as ClaimsFormat) : false;
}

async function exportClaims(claimsService: ClaimComparisonService, raw?: unknown): Promise<ClaimsExport | 'editor' | undefined> {
  const requested = parseFormat(raw);
  if (requested === false) {
    throw new Error('newsLens.exportClaims: expected { format?: "json" | "markdown" | "table" }');
  }
  const claims = await claimsService.current();
  if (!claims) {
    void vscode.window.showInformationMessage('News Lens: choose two articles to compare first (News Lens: Compare With…).');
    return undefined;
  }
  const data = toClaimsExport(claims.comparison, claims.names);
  if (requested === 'json') {
    return data;
  }
  const format = requested ?? (await vscode.window.showQuickPick(
    FORMATS.map(f => ({ label: FORMAT_INFO[f].label, detail: FORMAT_INFO[f].detail, format: f })),
    { title: 'News Lens: Export the claim comparison as' },
  ))?.format;
  if (!format) {
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: FORMAT_INFO[format].language, content: renderClaims(data, format) });
  await vscode.window.showTextDocument(doc, { preview: false });
  return 'editor';
}

export function registerClaimsExport(context: vscode.ExtensionContext, claims: ClaimComparisonService): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportClaims, (raw?: unknown) => exportClaims(claims, raw)));
}
