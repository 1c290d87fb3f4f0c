// Reads an article for the CLI: a file path or "-" for standard input. Failures become one readable line
// (missing file, directory, binary file, text that is not UTF-8) instead of a stack trace.
import * as fs from 'fs';

export type ReadResult = { readonly ok: true; readonly path: string; readonly text: string } | { readonly ok: false; readonly path: string; readonly error: string };

/** Bytes inspected for NUL characters when deciding that a file is binary. */
const SNIFF_BYTES = 8192;

function decode(path: string, bytes: Buffer): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, path, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, path, error: `${shown(path)}: not valid ${encoding.toUpperCase()} text` };
    }
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, path, error: `${shown(path)}: binary file, not an article` };
  }
  try {
    // ignoreBOM keeps a leading BOM as a character, so offsets match fs.readFileSync(path, 'utf8').
    return { ok: true, path, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, path, error: `${shown(path)}: not valid UTF-8 text` };
  }
}

/** The path as shown in a message: quoted with escapes when it holds control characters (a line break in a file name). */
export function shown(path: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what makes a path unsafe to print
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(path) ? JSON.stringify(path) : path;
}

export function readArticle(path: string, stdin: () => Buffer = () => fs.readFileSync(0)): ReadResult {
  if (path === '-') {
    try {
      return decode('-', stdin());
    } catch (e) {
      return { ok: false, path, error: `-: cannot read standard input (${(e as Error).message})` };
    }
  }
  try {
    if (fs.statSync(path).isDirectory()) {
      return { ok: false, path, error: `${shown(path)}: is a directory` };
    }
    return decode(path, fs.readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, path, error: `${shown(path)}: ${reason.replace(/[\r\n]+/g, ' ')}` };
  }
}
