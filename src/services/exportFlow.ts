// The steps every News Lens export shares: read the command's arguments ({ format?, target? } from code),
// ask for a format and a target when they are missing, and write the text to a new editor or a file. The
// cross-reference and coverage exports differ only in what they render and in their labels.
import * as vscode from 'vscode';

/** How one export format is offered and written. */
export interface ExportFormatInfo {
  readonly label: string;
  readonly detail: string;
  readonly extension: string;
  /** Language of the untitled editor the export opens in. */
  readonly language: string;
}

export type ExportTarget = 'editor' | vscode.Uri;

export interface ExportArgs<Format extends string> {
  readonly format?: Format;
  readonly target?: ExportTarget;
}

/** The arguments of an export command, or undefined when they are malformed (the caller throws a usage error). */
export function parseExportArgs<Format extends string>(raw: unknown, formats: readonly Format[]): ExportArgs<Format> | undefined {
  if (raw === undefined || raw === null) {
    return {};
  }
  if (typeof raw !== 'object') {
    return undefined;
  }
  const fields = raw as Record<string, unknown>;
  if (fields.format !== undefined && !formats.includes(fields.format as Format)) {
    return undefined;
  }
  const target = targetOf(fields.target);
  if (fields.target !== undefined && target === undefined) {
    return undefined;
  }
  return { format: fields.format as Format | undefined, target };
}

function targetOf(value: unknown): ExportTarget | undefined {
  if (value === 'editor') {
    return 'editor';
  }
  if (value instanceof vscode.Uri) {
    return value;
  }
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

/** Asks for one of the formats; undefined when the user cancels. */
export async function pickExportFormat<Format extends string>(formats: readonly Format[], info: Record<Format, ExportFormatInfo>, title: string): Promise<Format | undefined> {
  const choice = await vscode.window.showQuickPick(
    formats.map(format => ({ label: info[format].label, detail: info[format].detail, format })),
    { title },
  );
  return choice?.format;
}

/** Asks where to write: a new editor or a file (with a suggested name in the first workspace folder). */
export async function pickExportTarget(info: ExportFormatInfo, titles: { readonly pick: string; readonly save: string }, fileStem: string): Promise<ExportTarget | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'New Editor', detail: 'Open the export in an untitled editor', target: 'editor' as const },
      { label: 'Save to File…', detail: 'Choose where to save it', target: 'file' as const },
    ],
    { title: titles.pick },
  );
  if (!choice || choice.target === 'editor') {
    return choice?.target;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${fileStem}.${info.extension}`) : undefined,
    filters: { [info.label]: [info.extension] },
    title: titles.save,
  });
}

/** Writes the export: opens it in an untitled editor of the format's language, or saves it to the file. */
export async function writeExport(target: ExportTarget, info: ExportFormatInfo, text: string): Promise<void> {
  if (target === 'editor') {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: info.language, content: text }), { preview: false });
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}
