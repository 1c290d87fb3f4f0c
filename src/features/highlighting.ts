// Highlights people, organisations and quotes in every visible article editor, from the analysis store.
import * as vscode from 'vscode';
import type { DocumentAnalysis, Span } from '../core/model';
import { allMentions, entityById, mentionsIn } from '../core/query';
import { Colors, Commands } from '../ids';
import { isArticle, toRange } from '../services/ranges';
import type { FeatureDeps } from './deps';

type Kind = 'person' | 'org' | 'quote' | 'unattributedQuote' | 'speaker';

/** How many ranges of each kind an editor shows now (for the status bar tooltip and for tests). */
export type HighlightCounts = Readonly<Record<Kind, number>>;

export interface HighlightingApi {
  readonly enabled: boolean;
  /** What is currently drawn in the visible editor of `uri`, if any. */
  countsFor(uri: vscode.Uri): HighlightCounts | undefined;
  /** The documents whose drawn highlights are tracked (for leak checks). */
  trackedDocuments(): string[];
  /** Fired after decorations are applied to an editor. */
  readonly onDidApply: vscode.Event<vscode.Uri>;
}

const theme = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

function createDecorationTypes(): Record<Kind, vscode.TextEditorDecorationType> {
  const underline = { borderStyle: 'none none solid none', borderWidth: '1px' };
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  return {
    person: vscode.window.createTextEditorDecorationType({
      ...underline, backgroundColor: theme(Colors.personBackground), borderColor: theme(Colors.personBorder),
      overviewRulerColor: theme(Colors.personBorder), overviewRulerLane: vscode.OverviewRulerLane.Left, rangeBehavior: closed,
    }),
    org: vscode.window.createTextEditorDecorationType({
      ...underline, backgroundColor: theme(Colors.organizationBackground), borderColor: theme(Colors.organizationBorder),
      overviewRulerColor: theme(Colors.organizationBorder), overviewRulerLane: vscode.OverviewRulerLane.Left, rangeBehavior: closed,
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: theme(Colors.quoteBackground), borderColor: theme(Colors.quoteBorder), borderStyle: 'none none solid none', borderWidth: '1px',
      overviewRulerColor: theme(Colors.quoteBorder), overviewRulerLane: vscode.OverviewRulerLane.Right, rangeBehavior: closed,
    }),
    // Dashed, on a different background: a quote nobody is credited with should stand out as such.
    unattributedQuote: vscode.window.createTextEditorDecorationType({
      backgroundColor: theme(Colors.unattributedQuoteBackground), borderColor: theme(Colors.quoteBorder), borderStyle: 'none none dashed none', borderWidth: '1px',
      overviewRulerColor: theme(Colors.unattributedQuoteBackground), overviewRulerLane: vscode.OverviewRulerLane.Right, rangeBehavior: closed,
    }),
    speaker: vscode.window.createTextEditorDecorationType({ color: theme(Colors.speakerForeground), fontWeight: 'bold', rangeBehavior: closed }),
  };
}

const QUOTE_MARK = /["'\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02\uff07]/;

/** A quote's span is its words; widen it over the marks around it so the whole quotation is coloured. */
function withMarks(document: vscode.TextDocument, quote: Span, textLength: number): Span {
  const before = quote.start > 0 ? document.getText(toRange(document, { start: quote.start - 1, end: quote.start })) : '';
  const after = quote.end < textLength ? document.getText(toRange(document, { start: quote.end, end: quote.end + 1 })) : '';
  return { start: QUOTE_MARK.test(before) ? quote.start - 1 : quote.start, end: QUOTE_MARK.test(after) ? quote.end + 1 : quote.end };
}

function emptyRanges(): Record<Kind, vscode.Range[]> {
  return { person: [], org: [], quote: [], unattributedQuote: [], speaker: [] };
}

function rangesFor(document: vscode.TextDocument, analysis: DocumentAnalysis, show: { people: boolean; organizations: boolean; quotes: boolean }): Record<Kind, vscode.Range[]> {
  const ranges = emptyRanges();
  if (show.people || show.organizations) {
    for (const m of allMentions(analysis)) {
      const kind = entityById(analysis, m.entityId)?.kind;
      if (kind === 'person' && show.people) {
        ranges.person.push(toRange(document, m));
      } else if (kind === 'org' && show.organizations) {
        ranges.org.push(toRange(document, m));
      }
    }
  }
  if (show.quotes) {
    for (const q of analysis.quotes) {
      (q.speakerId === null ? ranges.unattributedQuote : ranges.quote).push(toRange(document, withMarks(document, q, analysis.textLength)));
      if (q.speakerId !== null && q.attribution) {
        for (const m of mentionsIn(analysis, q.attribution)) {
          if (m.entityId === q.speakerId) {
            ranges.speaker.push(toRange(document, m));
          }
        }
      }
    }
  }
  return ranges;
}

/** The end offset of the document, without copying its text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

class Highlighter implements vscode.Disposable, HighlightingApi {
  private readonly types = createDecorationTypes();
  private readonly applied = new Map<string, HighlightCounts>();
  private readonly statusItem = vscode.window.createStatusBarItem('newsLens.highlights', vscode.StatusBarAlignment.Right, 99);
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private on = true;
  readonly onDidApply = this.emitter.event;

  constructor(private readonly deps: FeatureDeps) {
    this.statusItem.name = 'News Lens Highlights';
    this.statusItem.text = '$(eye-closed) Highlights off';
    this.statusItem.tooltip = 'News Lens highlights are off for this session. Click to turn them on.';
    this.statusItem.command = Commands.toggleHighlights;
    this.disposables.push(
      deps.store.onDidChangeAnalysis(({ document, analysis }) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document === document) {
            this.apply(editor, analysis);
          }
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      deps.settings.onDidChange(() => this.refreshAll()),
      vscode.commands.registerCommand(Commands.toggleHighlights, () => this.toggle()),
    );
    this.refreshAll();
  }

  get enabled(): boolean {
    return this.on;
  }

  countsFor(uri: vscode.Uri): HighlightCounts | undefined {
    return this.applied.get(uri.toString());
  }

  trackedDocuments(): string[] {
    return [...this.applied.keys()].sort();
  }

  toggle(): boolean {
    this.on = !this.on;
    if (this.on) {
      this.statusItem.hide();
    } else {
      this.statusItem.show();
    }
    this.refreshAll();
    return this.on;
  }

  private refreshAll(): void {
    const visible = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      if (!isArticle(editor.document)) {
        continue;
      }
      visible.add(editor.document.uri.toString());
      const current = this.deps.store.get(editor.document);
      const latest = current ?? this.deps.store.getLatest(editor.document.uri);
      if (!latest) {
        void this.deps.store.ensure(editor.document);
        continue;
      }
      // An older analysis still fits an unchanged length; otherwise keep what is drawn (VS Code moves it with edits).
      if (current || latest.textLength === documentLength(editor.document)) {
        this.apply(editor, latest);
      }
    }
    for (const key of [...this.applied.keys()]) {
      if (!visible.has(key)) {
        this.applied.delete(key);
      }
    }
  }

  private apply(editor: vscode.TextEditor, analysis: DocumentAnalysis): void {
    const show = this.on ? this.deps.settings.get().highlight : { people: false, organizations: false, quotes: false };
    const ranges = rangesFor(editor.document, analysis, show);
    const counts = {} as Record<Kind, number>;
    for (const kind of Object.keys(this.types) as Kind[]) {
      editor.setDecorations(this.types[kind], ranges[kind]);
      counts[kind] = ranges[kind].length;
    }
    this.applied.set(editor.document.uri.toString(), counts);
    this.emitter.fire(editor.document.uri);
  }

  dispose(): void {
    for (const type of Object.values(this.types)) {
      type.dispose();
    }
    for (const d of this.disposables) {
      d.dispose();
    }
    this.statusItem.dispose();
    this.emitter.dispose();
  }
}

/** Registers the highlights and the toggle command; returns a read-only view of what is drawn. */
export function registerHighlighting(context: vscode.ExtensionContext, deps: FeatureDeps): HighlightingApi {
  const highlighter = new Highlighter(deps);
  context.subscriptions.push(highlighter);
  return highlighter;
}
