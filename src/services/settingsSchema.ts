// The settings' shape, defaults and coercion, free of vscode so that the CLI and unit tests can use them.
import type { AnalyzeOptions } from '../core/model';
import { Settings } from '../ids';

/** The extension's settings, read once per change into a frozen, typed object with defaults. */
export interface NewsLensSettings {
  readonly highlight: { readonly people: boolean; readonly organizations: boolean; readonly quotes: boolean; readonly uniqueClaims: boolean };
  readonly aliases: Readonly<Record<string, string>>;
  readonly ignore: readonly string[];
  /** 0 = no limit. */
  readonly maxFileSize: number;
  /** Entity id pairs the user said are not the same (never suggested as possibly the same). */
  readonly distinct: readonly (readonly [string, string])[];
  /** Glob patterns of files that are never analysed as articles. */
  readonly exclude: readonly string[];
}

/** Files that are text or Markdown but no news article: project documents and dependencies. */
export const DEFAULT_EXCLUDE: readonly string[] = Object.freeze(['**/README*', '**/CHANGELOG*', '**/LICENSE*', '**/node_modules/**']);

export const DEFAULT_SETTINGS: NewsLensSettings = Object.freeze({
  highlight: Object.freeze({ people: true, organizations: true, quotes: true, uniqueClaims: false }),
  aliases: Object.freeze({}),
  ignore: Object.freeze([]),
  maxFileSize: 2_000_000,
  distinct: Object.freeze([]),
  exclude: DEFAULT_EXCLUDE,
});

export type Reader = (key: string) => unknown;

/** Settings text is the user's: keep a problem line short whatever they typed. */
function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Coerces raw configuration values to settings. Invalid values fall back to defaults and are
 * reported in `problems` (one line each) so the caller can warn once. Never throws.
 */
export function readSettings(get: Reader): { settings: NewsLensSettings; problems: string[] } {
  const problems: string[] = [];
  const bool = (key: string, id: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || typeof v === 'boolean') {
      return v ?? fallback;
    }
    problems.push(`${id} must be true or false`);
    return fallback;
  };
  const rawAliases = get('aliases');
  // Entries, not assignment: a "__proto__" key must stay an ordinary own key (as JSON.parse makes it).
  const aliasEntries: [string, string][] = [];
  if (rawAliases !== undefined && rawAliases !== null) {
    if (typeof rawAliases === 'object' && !Array.isArray(rawAliases)) {
      for (const [k, v] of Object.entries(rawAliases as Record<string, unknown>)) {
        if (typeof v === 'string' && k.trim() && v.trim()) {
          aliasEntries.push([k.trim(), v.trim()]);
        } else {
          problems.push(`${Settings.aliases}: entry ${shown(k)} must map a name to a name`);
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
  const distinct = readDistinct(get('distinct'), problems);
  let exclude = DEFAULT_EXCLUDE;
  const rawExclude = get('exclude');
  if (rawExclude !== undefined && rawExclude !== null) {
    const patterns = Array.isArray(rawExclude) ? rawExclude.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map(x => x.trim()) : [];
    if (Array.isArray(rawExclude) && patterns.length === rawExclude.length) {
      exclude = Object.freeze(patterns);
    } else {
      problems.push(`${Settings.exclude} must be a list of glob patterns`);
    }
  }
  const settings: NewsLensSettings = Object.freeze({
    highlight: Object.freeze({
      people: bool('highlight.people', Settings.highlightPeople, true),
      organizations: bool('highlight.organizations', Settings.highlightOrganizations, true),
      quotes: bool('highlight.quotes', Settings.highlightQuotes, true),
      uniqueClaims: bool('highlight.uniqueClaims', Settings.highlightUniqueClaims, false),
    }),
    aliases: Object.freeze(Object.fromEntries(aliasEntries)),
    ignore: Object.freeze(ignore),
    maxFileSize,
    distinct,
    exclude,
  });
  return { settings, problems };
}

/**
 * The settings that change an analysis. newsLens.aliases and newsLens.ignore are resource-scoped, so the
 * caller reads them at the document's own scope: in a multi-root workspace a folder's values win.
 */
export function readAnalysisOptions(get: Reader): { options: AnalyzeOptions; problems: string[] } {
  const { settings, problems } = readSettings(key => (key === 'aliases' || key === 'ignore' ? get(key) : undefined));
  return { options: { aliases: settings.aliases, ignore: settings.ignore }, problems };
}

/** newsLens.distinct: a list of [id, id] pairs; anything else in it is dropped and reported. */
function readDistinct(raw: unknown, problems: string[]): readonly (readonly [string, string])[] {
  if (raw === undefined || raw === null) {
    return DEFAULT_SETTINGS.distinct;
  }
  const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every(x => typeof x === 'string' && x.trim() !== '');
  const list = Array.isArray(raw) ? raw : [];
  const pairs = list.filter(isPair).map(([x, y]) => Object.freeze([x.trim(), y.trim()] as const));
  if (!Array.isArray(raw) || pairs.length !== list.length) {
    problems.push(`${Settings.distinct} must be a list of [id, id] pairs`);
  }
  return Object.freeze(pairs);
}
