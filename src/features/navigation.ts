// Find All References, Go to Definition and document highlights for the names in an article.
import * as vscode from 'vscode';
import { entityAt, firstFullMention } from '../core/query';
import { ARTICLE_LANGUAGES } from '../ids';
import { toLocation, toRange } from '../services/ranges';
import type { FeatureDeps } from './deps';
import { collectMentions, entityFor } from '../services/mentionLookup';

class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly deps: FeatureDeps) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    return collectMentions(this.deps, document, document.offsetAt(position), token);
  }
}

class FirstMentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly deps: FeatureDeps) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const hit = await entityFor(this.deps, document, document.offsetAt(position), undefined, token);
    if (!hit || token.isCancellationRequested) {
      return undefined;
    }
    const first = firstFullMention(hit.entity);
    return first && toLocation(document, first);
  }
}

class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly deps: FeatureDeps) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    // Only the current analysis: a stale one would highlight the wrong characters while typing.
    const analysis = this.deps.store.get(document);
    const hit = analysis && entityAt(analysis, document.offsetAt(position), true);
    if (!hit || token.isCancellationRequested) {
      return undefined;
    }
    return hit.entity.mentions.map(m => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text));
  }
}

export function registerNavigation(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const selector = ARTICLE_LANGUAGES.map(language => ({ language }));
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(selector, new MentionReferenceProvider(deps)),
    vscode.languages.registerDefinitionProvider(selector, new FirstMentionDefinitionProvider(deps)),
    vscode.languages.registerDocumentHighlightProvider(selector, new MentionHighlightProvider(deps)),
  );
}
