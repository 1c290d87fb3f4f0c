// "Merge with…" and "Not a Person or Organisation": user corrections stored as workspace settings (newsLens.aliases,
// newsLens.ignore), which the analysis applies; undone with "Undo Last Correction" (the panel's toolbar, the
// message after each correction) or by editing the settings. Available from the panel's entity context
// menu and the editor context menu on a name.
import * as vscode from 'vscode';
import type { EntityKind } from '../core/model';
import { mentionAt } from '../core/query';
import { Commands, ContextKeys, Settings } from '../ids';
import type { FeatureDeps } from './deps';
import { findSubject, type Subject } from '../services/entityLookup';


/** A correction as it can be undone: the setting's value (at the level written) before it. */
interface Correction {
  readonly key: 'aliases' | 'ignore';
  readonly before: unknown;
  readonly description: string;
}

/** The corrections of this session, latest last; undone one at a time from the panel or the message. */
class CorrectionHistory {
  private readonly done: Correction[] = [];

  push(correction: Correction): void {
    this.done.push(correction);
    this.publish();
  }

  pop(): Correction | undefined {
    const last = this.done.pop();
    this.publish();
    return last;
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.canUndoCorrection, this.done.length > 0);
  }
}

const UNDO_BUTTON = 'Undo';

function kindWord(kind: EntityKind): string {
  return kind === 'person' ? 'person' : 'organisation';
}

/**
 * Writes one setting at workspace level (user level when no folder is open, which has no workspace
 * settings) and says where it went.
 */
async function writeSetting(key: 'aliases' | 'ignore', value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(Settings.section);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(key, value, target);
}

function workspaceValue<T>(key: 'aliases' | 'ignore'): T | undefined {
  const inspected = vscode.workspace.getConfiguration(Settings.section).inspect<T>(key);
  return vscode.workspace.workspaceFolders?.length ? inspected?.workspaceValue : inspected?.globalValue;
}

async function pickTarget(subject: Subject, into: unknown): Promise<Subject['candidates'][number] | undefined> {
  const others = subject.candidates.filter(c => c.id !== subject.id);
  if (typeof into === 'string') {
    const lower = into.toLowerCase();
    return others.find(c => c.id === into) ?? others.find(c => c.name.toLowerCase() === lower);
  }
  if (!others.length) {
    void vscode.window.showInformationMessage(`News Lens: there is no other entity to merge “${subject.name}” with.`);
    return undefined;
  }
  const sorted = [...others].sort((x, y) => Number(y.kind === subject.kind) - Number(x.kind === subject.kind) || x.name.localeCompare(y.name));
  const items = sorted.map(c => ({
    label: c.name,
    description: kindWord(c.kind),
    detail: c.names.length > 1 ? `Also: ${c.names.filter(n => n !== c.name).join(', ')}` : undefined,
    iconPath: new vscode.ThemeIcon(c.kind === 'person' ? 'person' : 'organization'),
    candidate: c,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `News Lens: Merge “${subject.name}” with…`,
    placeHolder: 'The entity these names belong to',
    matchOnDetail: true,
  });
  return picked?.candidate;
}

/** newsLens.mergeEntity({id} | {uri, offset} | tree node, into?): returns the aliases written. */
async function mergeEntity(deps: FeatureDeps, history: CorrectionHistory, raw?: unknown): Promise<Record<string, string> | undefined> {
  const subject = await findSubject(deps, raw);
  if (!subject) {
    void vscode.window.showInformationMessage('News Lens: put the cursor on a highlighted name, or pick an entity in the Cross-Reference panel.');
    return undefined;
  }
  const into = typeof raw === 'object' && raw !== null ? (raw as { into?: unknown }).into : undefined;
  const target = await pickTarget(subject, into);
  if (!target) {
    return undefined;
  }
  const aliases: Record<string, string> = { ...(workspaceValue<Record<string, string>>('aliases') ?? {}) };
  const added: Record<string, string> = {};
  const targetName = target.name.toLowerCase();
  for (const name of subject.names) {
    if (name.toLowerCase() !== targetName) {
      aliases[name] = target.name;
      added[name] = target.name;
    }
  }
  // A name that pointed at the merged entity now points at the target too.
  const merged = new Set(subject.names.map(n => n.toLowerCase()));
  for (const [k, v] of Object.entries(aliases)) {
    if (merged.has(v.toLowerCase()) && v.toLowerCase() !== targetName) {
      aliases[k] = target.name;
    }
  }
  await recordAndWrite(history, 'aliases', aliases, `the merge of “${subject.name}” into “${target.name}”`);
  offerUndo(history, `News Lens: “${subject.name}” is now merged into “${target.name}” (setting newsLens.aliases).`);
  return added;
}

/** Remembers the setting's value before writing the new one, so the correction can be undone. */
async function recordAndWrite(history: CorrectionHistory, key: 'aliases' | 'ignore', value: unknown, description: string): Promise<void> {
  const before = workspaceValue<unknown>(key);
  await writeSetting(key, value);
  history.push({ key, before, description });
}

function offerUndo(history: CorrectionHistory, message: string): void {
  void vscode.window.showInformationMessage(message, UNDO_BUTTON).then(choice => (choice === UNDO_BUTTON ? undoCorrection(history) : undefined));
}

/** newsLens.undoCorrection: puts back the setting the latest correction of this session changed. */
async function undoCorrection(history: CorrectionHistory): Promise<string | undefined> {
  const last = history.pop();
  if (!last) {
    void vscode.window.showInformationMessage('News Lens: there is no correction to undo.');
    return undefined;
  }
  await writeSetting(last.key, last.before);
  void vscode.window.setStatusBarMessage(`News Lens: undid ${last.description}`, 5000);
  return last.description;
}

/** newsLens.ignoreEntity({id} | {uri, offset} | tree node): returns the names added to newsLens.ignore. */
async function ignoreEntity(deps: FeatureDeps, history: CorrectionHistory, raw?: unknown): Promise<string[] | undefined> {
  const subject = await findSubject(deps, raw);
  if (!subject) {
    void vscode.window.showInformationMessage('News Lens: put the cursor on a highlighted name, or pick an entity in the Cross-Reference panel.');
    return undefined;
  }
  const current = workspaceValue<unknown>('ignore');
  const list = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
  const known = new Set(list.map(n => n.toLowerCase()));
  const added = subject.names.filter(n => !known.has(n.toLowerCase()));
  if (added.length) {
    await recordAndWrite(history, 'ignore', [...list, ...added], `“${subject.name}” as not a person or organisation`);
  }
  offerUndo(history, `News Lens: “${subject.name}” is no longer treated as a person or organisation (setting newsLens.ignore).`);
  return added;
}

/** Keeps ContextKeys.onEntity current as the cursor moves, so the editor menu offers the commands only on names. */
function trackCursor(deps: FeatureDeps): vscode.Disposable {
  let last: boolean | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && deps.store.getLatest(editor.document.uri);
    let on = false;
    if (editor && analysis) {
      // The position index answers by binary search; a scan of every mention ran on each cursor move.
      on = mentionAt(analysis, editor.document.offsetAt(editor.selection.active), true) !== undefined;
    }
    if (on !== last) {
      last = on;
      void vscode.commands.executeCommand('setContext', ContextKeys.onEntity, on);
    }
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    deps.store.onDidChangeAnalysis(update),
  );
}

export function registerMergeIgnore(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const history = new CorrectionHistory();
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.mergeEntity, (raw?: unknown) => mergeEntity(deps, history, raw)),
    vscode.commands.registerCommand(Commands.ignoreEntity, (raw?: unknown) => ignoreEntity(deps, history, raw)),
    vscode.commands.registerCommand(Commands.undoCorrection, () => undoCorrection(history)),
    trackCursor(deps),
  );
}
