import * as vscode from 'vscode';

/** Analyses quicker than this finish without any progress indicator: a flash of spinner is noise. */
export const PROGRESS_DELAY_MS = 500;

/**
 * A status-bar progress indicator for one analysis, shown only once the analysis has run longer than
 * PROGRESS_DELAY_MS, until it settles.
 */
export class SlowProgress {
  private fraction = 0;
  private sink: vscode.Progress<{ message?: string }> | undefined;

  constructor(private readonly label: string) {}

  /** Shows the indicator while `work` runs, if it runs long. Returns `work`. */
  track<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.then(() => undefined, () => undefined);
    const timer = setTimeout(() => {
      if (!settled) {
        void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Lens' }, progress => {
          this.sink = progress;
          progress.report({ message: this.message() });
          return done;
        });
      }
    }, PROGRESS_DELAY_MS);
    void done.finally(() => {
      settled = true;
      clearTimeout(timer);
    });
    return work;
  }

  /** 0..1 share of the document analysed so far. */
  report(value: number): void {
    const next = Math.min(1, Math.max(0, value));
    // One update per whole percent keeps the status bar from repainting for every slice.
    if (Math.floor(next * 100) !== Math.floor(this.fraction * 100)) {
      this.fraction = next;
      this.sink?.report({ message: this.message() });
    }
  }

  private message(): string {
    return `Analysing ${this.label}${this.fraction > 0 ? ` ${Math.floor(this.fraction * 100)}%` : ''}…`;
  }
}

/** The file name shown in progress messages. */
export function documentLabel(key: string): string {
  try {
    const path = vscode.Uri.parse(key).path;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || key;
  } catch {
    return key;
  }
}
