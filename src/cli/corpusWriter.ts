// Writes a corpus run's results in input order, whatever order they finish in, linking ids across the run
// as it goes (StreamLinker: an id once written never changes). Holds only results that wait for an earlier
// one, so memory is bounded by how far the workers may run ahead (see corpusPool.ts), not by the corpus.
import { StreamLinker } from '../core/linkStream';
import type { ArticleResult } from './corpusArticle';
import type { EvalDocument } from './format';

export interface CorpusOutput {
  /** One JSON line; false when the consumer asks to wait (a pipe's buffer is full). */
  line(text: string): boolean;
  /** One error line for an article that could not be read or analysed. */
  error(text: string): void;
}

/** The document with run-wide ids: entities' ids and kinds, and quotes' speakers that point at them. */
export function withLinkedIds(document: EvalDocument, linker: StreamLinker): EvalDocument {
  const links = linker.link(document.entities.map(e => ({ kind: e.type, name: e.name, aliases: e.aliases })));
  const idOf = new Map(document.entities.map((e, i) => [e.id, links[i].id]));
  return {
    path: document.path,
    entities: document.entities.map((e, i) => ({ ...e, id: links[i].id, type: links[i].kind })),
    quotes: document.quotes.map(q => ({ ...q, speaker: q.speaker === null ? null : idOf.get(q.speaker) ?? q.speaker })),
  };
}

export class OrderedCorpusWriter {
  private readonly waiting = new Map<number, ArticleResult>();
  private readonly linker = new StreamLinker();
  private nextIndex = 0;
  /** Articles written (as lines or as errors) so far. */
  written = 0;
  failed = 0;
  /** False after a line the consumer could not take at once: the caller waits before dispatching more. */
  flowing = true;

  constructor(private readonly output: CorpusOutput) {}

  /** The result of the article at `index` (0-based input order); writes it and every result it unblocks. */
  accept(index: number, result: ArticleResult): void {
    this.waiting.set(index, result);
    for (let next = this.waiting.get(this.nextIndex); next; next = this.waiting.get(this.nextIndex)) {
      this.waiting.delete(this.nextIndex);
      this.nextIndex++;
      this.write(next);
    }
  }

  private write(result: ArticleResult): void {
    this.written++;
    if (!result.ok) {
      this.failed++;
      this.output.error(result.error);
      return;
    }
    this.flowing = this.output.line(JSON.stringify(withLinkedIds(result.document, this.linker)) + '\n') && this.flowing;
  }
}
