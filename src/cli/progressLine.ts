// The corpus run's progress on stderr: articles done, rate, ETA. On a terminal one line redrawn in place
// (at most a few times a second); otherwise (--progress into a file or pipe) a plain line every few seconds.
export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly terminal: boolean;
  readonly enabled: boolean;
  /** Articles in the run, when known before it ends (not for a list on standard input). */
  readonly total: number | undefined;
  readonly now?: () => number;
}

/** Milliseconds between redraws: on a terminal, and in a log. */
const REDRAW_MS = { terminal: 250, log: 5000 };
const CLEAR_LINE = '\r\x1b[K';

function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
    : `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export class ProgressLine {
  private readonly now: () => number;
  private readonly started: number;
  private lastDrawn = -Infinity;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** The progress text for `done` articles: "120/840 articles, 14.8/s, ETA 0:49". */
  describe(done: number): string {
    const elapsed = this.now() - this.started;
    const rate = elapsed > 0 ? (done * 1000) / elapsed : 0;
    const total = this.options.total;
    const count = total === undefined ? `${done} articles` : `${done}/${total} articles`;
    const eta = total !== undefined && rate > 0 && done < total ? `, ETA ${clock(((total - done) / rate) * 1000)}` : '';
    return `${count}, ${rate.toFixed(1)}/s${eta}`;
  }

  update(done: number): void {
    const wait = this.options.terminal ? REDRAW_MS.terminal : REDRAW_MS.log;
    if (this.options.enabled && this.now() - this.lastDrawn >= wait) {
      this.draw(done);
    }
  }

  /** Writes an error line so that it does not run into the progress line. */
  interrupt(writeLine: () => void): void {
    if (this.shown && this.options.terminal) {
      this.options.write(CLEAR_LINE);
      this.shown = false;
    }
    writeLine();
  }

  finish(done: number): void {
    if (this.options.enabled) {
      this.draw(done);
      if (this.options.terminal) {
        this.options.write('\n');
      }
    }
  }

  private draw(done: number): void {
    this.lastDrawn = this.now();
    const text = `news-lens: ${this.describe(done)}`;
    this.options.write(this.options.terminal ? CLEAR_LINE + text : text + '\n');
    this.shown = true;
  }
}
