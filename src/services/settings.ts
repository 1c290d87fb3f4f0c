import * as vscode from 'vscode';
import { Settings } from '../ids';

/** The extension's settings, read once per change into a frozen, typed object with defaults. */
export interface NewsLensSettings {
  readonly highlight: { readonly people: boolean; readonly organizations: boolean; readonly quotes: boolean };
  readonly aliases: Readonly<Record<string, string>>;
  readonly ignore: readonly string[];
  /** 0 = no limit. */
  readonly maxFileSize: number;
}

export const DEFAULT_SETTINGS: NewsLensSettings = Object.freeze({
  highlight: Object.freeze({ people: true, organizations: true, quotes: true }),
  aliases: Object.freeze({}),
  ignore: Object.freeze([]),
  maxFileSize: 2_000_000,
});

type Reader = (key: string) => unknown;

/**
 * Coerces raw configuration values to settings. Invalid values fall back to defaults and are
 * reported in `problems` (one line each) so the caller can warn once.
 */
export function readSettings(get: Reader): { settings: NewsLensSettings; problems: string[] } {
  const problems: string[] = [];
  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || typeof v === 'boolean') {
      return v ?? fallback;
    }
    problems.push(`${key} must be true or false`);
    return fallback;
  };
  const rawAliases = get('aliases');
  const aliases: Record<string, string> = {};
  if (rawAliases !== undefined && rawAliases !== null) {
    if (typeof rawAliases === 'object' && !Array.isArray(rawAliases)) {
      for (const [k, v] of Object.entries(rawAliases as Record<string, unknown>)) {
        if (typeof v === 'string' && k.trim() && v.trim()) {
          aliases[k.trim()] = v.trim();
        } else {
          problems.push(`${Settings.aliases}: entry "${k}" must map a name to a name`);
        }
      }
    } else {
      problems.push(`${Settings.aliases} must be an object of name → name`);
    }
  }
  const rawIgnore = get('ignore');
  let ignore: string[] = [];
  if (rawIgnore !== undefined && rawIgnore !== null) {
    if (Array.isArray(rawIgnore)) {
      ignore = rawIgnore.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map(x => x.trim());
      if (ignore.length !== rawIgnore.length) {
        problems.push(`${Settings.ignore} must be a list of names`);
      }
    } else {
      problems.push(`${Settings.ignore} must be a list of names`);
    }
  }
  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  const rawMax = get('maxFileSize');
  if (rawMax !== undefined) {
    if (typeof rawMax === 'number' && Number.isFinite(rawMax) && rawMax >= 0) {
      maxFileSize = Math.floor(rawMax);
    } else {
      problems.push(`${Settings.maxFileSize} must be a number of characters, 0 or more`);
    }
  }
  const settings: NewsLensSettings = Object.freeze({
    highlight: Object.freeze({
      people: bool('highlight.people', true),
      organizations: bool('highlight.organizations', true),
      quotes: bool('highlight.quotes', true),
    }),
    aliases: Object.freeze(aliases),
    ignore: Object.freeze(ignore),
    maxFileSize,
  });
  return { settings, problems };
}

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
