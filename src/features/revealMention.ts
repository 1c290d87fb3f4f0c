// newsLens.revealMention {uri, start, end}: selects a span of an article in the editor that shows it,
// opening the article beside the current one when no editor shows it. Used by the panel's entries and
// the quotes view; not in the command palette (it needs arguments).
import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { FeatureDeps } from './deps';
import { parseRevealArgs, revealSpan } from '../services/revealSpan';

export function registerRevealMention(context: vscode.ExtensionContext, _deps: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.revealMention, async (raw: unknown) => {
      const args = parseRevealArgs(raw);
      return args ? (await revealSpan(args)) !== undefined : false;
    }),
  );
}
