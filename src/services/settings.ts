import * as vscode from 'vscode';
import { Settings } from '../ids';
import { readSettings, type NewsLensSettings } from './settingsSchema';

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

  private read(): NewsLensSettings {
    const config = vscode.workspace.getConfiguration(Settings.section);
    const { settings, problems } = readSettings(key => config.get(key));
    for (const p of problems) {
      if (!this.warned.has(p)) {
        this.warned.add(p);
        void vscode.window.showWarningMessage(`News Lens: ${p}; using the default.`);
      }
    }
    return settings;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
