import * as vscode from 'vscode';
import { Settings } from '../ids';
import type { AnalyzeOptions } from '../core/model';
import { readAnalysisOptions, readSettings, type NewsLensSettings } from './settingsSchema';

export { DEFAULT_SETTINGS, readSettings, type NewsLensSettings } from './settingsSchema';

/** Owns the current settings; re-reads only when `newsLens` configuration changes. */
export class SettingsService implements vscode.Disposable {
  private current: NewsLensSettings;
  private readonly emitter = new vscode.EventEmitter<NewsLensSettings>();
  private readonly listener: vscode.Disposable;
  private warned = new Set<string>();
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.current = this.read();
    this.listener = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(Settings.section)) {
        this.current = this.read();
        this.emitter.fire(this.current);
      }
    });
  }

  /** The warnings shown so far about invalid values, each once per session (for tests). */
  get warnings(): string[] {
    return [...this.warned];
  }

  /** A getter features can hold on to (and tests can replace). */
  readonly get = (): NewsLensSettings => this.current;

  /**
   * The aliases and ignore list for one document, read with its resource: in a multi-root workspace the
   * document's folder's own values win over the workspace's.
   */
  readonly analysisOptionsFor = (resource: vscode.Uri): AnalyzeOptions => {
    const config = vscode.workspace.getConfiguration(Settings.section, resource);
    const { options, problems } = readAnalysisOptions(key => config.get(key));
    this.warnOnce(problems);
    return options;
  };

  private read(): NewsLensSettings {
    const config = vscode.workspace.getConfiguration(Settings.section);
    const { settings, problems } = readSettings(key => config.get(key));
    this.warnOnce(problems);
    return settings;
  }

  private warnOnce(problems: readonly string[]): void {
    for (const p of problems) {
      if (!this.warned.has(p)) {
        this.warned.add(p);
        void vscode.window.showWarningMessage(`News Lens: ${p}; using the default.`);
      }
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
