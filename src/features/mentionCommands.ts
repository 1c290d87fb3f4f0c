// Commands that move between the mentions of one entity: next, previous, find all.
import * as vscode from 'vscode';
import { adjacentMention } from '../core/query';
import { Commands } from '../ids';
import { isArticle, toRange } from '../services/ranges';
import { analysisFor } from '../services/analysisAccess';
import type { FeatureDeps } from './deps';
import { collectMentions } from '../services/mentionLookup';

/** The argument a hover card's link passes; anything else (from any caller) is ignored. */
interface MentionTarget {
  readonly uri: string;
  readonly offset: number;
  readonly entityId?: string;
}

function asTarget(value: unknown): MentionTarget | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.uri !== 'string' || typeof v.offset !== 'number' || !Number.isInteger(v.offset) || v.offset < 0) {
    return undefined;
  }
  if (v.entityId !== undefined && typeof v.entityId !== 'string') {
    return undefined;
  }
  return { uri: v.uri, offset: v.offset, entityId: v.entityId };
}

function notice(message: string): void {
  vscode.window.setStatusBarMessage(`News Lens: ${message}`, 3000);
}

async function moveToMention(deps: FeatureDeps, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) {
    return false;
  }
  const analysis = await analysisFor(deps, editor.document);
  if (!analysis || vscode.window.activeTextEditor !== editor) {
    return false;
  }
  const target = adjacentMention(analysis, editor.document.offsetAt(editor.selection.active), direction);
  if (!target) {
    notice('put the cursor on a name mentioned more than once');
    return false;
  }
  const range = toRange(editor.document, target);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/**
 * Shows every mention of the entity (this article and the compared one) in the references peek.
 * With no argument it uses the active editor's cursor. Returns the locations, for callers and tests.
 */
async function findAllMentions(deps: FeatureDeps, arg: unknown): Promise<vscode.Location[] | undefined> {
  const target = asTarget(arg);
  let document: vscode.TextDocument | undefined;
  let offset: number;
  if (target) {
    try {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri, true));
    } catch {
      return undefined;
    }
    offset = document.offsetAt(document.positionAt(target.offset));
  } else {
    const editor = vscode.window.activeTextEditor;
    document = editor?.document;
    offset = editor && document ? document.offsetAt(editor.selection.active) : 0;
  }
  if (!document || !isArticle(document)) {
    return undefined;
  }
  const locations = await collectMentions(deps, document, offset, undefined, target?.entityId);
  if (!locations?.length) {
    notice('no name at this position');
    return locations;
  }
  const own = locations.find(l => l.uri.toString() === document.uri.toString()) ?? locations[0];
  await vscode.commands.executeCommand('editor.action.showReferences', document.uri, own.range.start, locations);
  return locations;
}

export function registerMentionCommands(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.nextMention, () => moveToMention(deps, 1)),
    vscode.commands.registerCommand(Commands.previousMention, () => moveToMention(deps, -1)),
    vscode.commands.registerCommand(Commands.findAllMentions, (arg?: unknown) => findAllMentions(deps, arg)),
  );
}
