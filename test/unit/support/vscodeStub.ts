// A stand-in for the `vscode` module, for unit tests of glue code outside VS Code: just the parts the
// services under test touch (events, tree items, the progress indicator).
import * as moduleLoader from 'module';

class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter(other => other !== listener); } };
  };
  fire(value: T): void {
    [...this.listeners].forEach(listener => listener(value));
  }
  dispose(): void {
    this.listeners = [];
  }
}

class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: unknown;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(readonly label: string, readonly collapsibleState: number) {}
}

class ThemeIcon {
  constructor(readonly id: string) {}
}

export const vscodeStub = {
  EventEmitter,
  TreeItem,
  ThemeIcon,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  window: { withProgress: () => Promise.resolve() },
  ProgressLocation: { Window: 10 },
};

/** Runs `load` (an import of modules that need `vscode`) with the stand-in answering for `vscode`. */
export async function withVscodeStub<T>(load: () => Promise<T>): Promise<T> {
  const loader = ((moduleLoader as unknown as { Module?: unknown }).Module ?? moduleLoader) as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscodeStub : original(request, ...rest));
  try {
    return await load();
  } finally {
    loader._load = original;
  }
}
