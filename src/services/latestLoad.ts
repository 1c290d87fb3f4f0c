// What a tree shows while its data loads asynchronously and may be asked for again before the last load
// ends (an article edited, a pair swapped): only the newest load may change what is shown, a failed load
// shows "unavailable" instead of stale rows, and the status goes to the view's welcome message and context
// keys. The Cross-Reference tree (a pair) and the coverage tree (three or more articles) both need this.
import * as vscode from 'vscode';

/** noPair: nothing chosen to compare; loading: first load running; ready / unavailable: the last load's end. */
export type TreeStatus = 'noPair' | 'loading' | 'ready' | 'unavailable';

export class LatestLoad<Shown> implements vscode.Disposable {
  private readonly statusEmitter = new vscode.EventEmitter<TreeStatus>();
  /** Fired after every load with the new status. */
  readonly onDidChangeStatus = this.statusEmitter.event;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();
  private statusNow: TreeStatus = 'noPair';
  private shownNow: Shown | undefined;

  /** `what` names the data in the log line of a failed load; `afterChange` rebuilds the tree from `shown`. */
  constructor(
    private readonly what: string,
    private readonly afterChange: () => void,
  ) {}

  get status(): TreeStatus {
    return this.statusNow;
  }

  get shown(): Shown | undefined {
    return this.shownNow;
  }

  /** Resolves when the latest load has finished. */
  whenIdle(): Promise<void> {
    return this.pending;
  }

  /** Starts a load (undefined: nothing is chosen); an older load still running can no longer change the tree. */
  load(start: (() => Promise<Shown | undefined>) | undefined): Promise<void> {
    const generation = ++this.generation;
    if (!start) {
      this.show(undefined, 'noPair');
      return (this.pending = Promise.resolve());
    }
    if (!this.shownNow) {
      this.setStatus('loading');
    }
    const isLatest = (): boolean => generation === this.generation;
    const work = start().then(
      shown => {
        if (isLatest()) {
          this.show(shown, shown ? 'ready' : 'unavailable');
        }
      },
      (error: unknown) => {
        console.error(`News Lens: ${this.what} failed`, error);
        if (isLatest()) {
          this.show(undefined, 'unavailable');
        }
      },
    );
    this.pending = work;
    return work;
  }

  private show(shown: Shown | undefined, status: TreeStatus): void {
    this.shownNow = shown;
    this.setStatus(status);
    this.afterChange();
  }

  private setStatus(status: TreeStatus): void {
    this.statusNow = status;
    this.statusEmitter.fire(status);
  }

  dispose(): void {
    this.statusEmitter.dispose();
  }
}
