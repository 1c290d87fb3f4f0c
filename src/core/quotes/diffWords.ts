// Word-level diff of two quotations, for marking the words one article quotes and the other does not.

export type DiffKind = 'same' | 'added' | 'removed';

/** A run of text: "removed" is only in the first text, "added" only in the second. */
export interface DiffToken {
  /** As written in the first text ("same", "removed") or the second ("added"). */
  readonly text: string;
  readonly kind: DiffKind;
  /** For "same" runs: the run as written in the second text (its spelling and punctuation may differ). */
  readonly textB?: string;
}

/** Largest middle section (words × words) diffed word by word; beyond it the section is marked as replaced. */
const MAX_DIFF_CELLS = 250_000;

/** A word compared without case, accents or punctuation ("Nato," = "NATO"). */
export function normaliseWord(word: string): string {
  if (/^[A-Za-z0-9]*$/.test(word)) {
    return word.toLowerCase();
  }
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']/gu, '');
}

/** Words with the whitespace after them, so joining one side's pieces gives back its text. */
function pieces(text: string): string[] {
  return text.match(/\s*\S+\s*|\s+/g) ?? [];
}

function lcsTable(na: readonly string[], nb: readonly string[]): Uint32Array[] {
  const n = na.length;
  const m = nb.length;
  const t: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i][j] = na[i] === nb[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t;
}

/**
 * Word diff of a against b: joining the "same" and "removed" runs gives back a exactly, and joining
 * the "same" runs' textB with the "added" runs gives back b exactly. Common leading and trailing words are matched first, so long quotations that
 * differ in a few words stay cheap.
 */
export function diffWords(one: string, other: string): DiffToken[] {
  const wa = pieces(one);
  const wb = pieces(other);
  const na = wa.map(normaliseWord);
  const nb = wb.map(normaliseWord);
  const out: DiffToken[] = [];
  const push = (text: string, kind: DiffKind, textB?: string): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) {
      out[out.length - 1] = textB === undefined ? { text: last.text + text, kind } : { text: last.text + text, kind, textB: (last.textB ?? '') + textB };
    } else {
      out.push(textB === undefined ? { text, kind } : { text, kind, textB });
    }
  };
  let head = 0;
  while (head < na.length && head < nb.length && na[head] === nb[head]) {
    push(wa[head], 'same', wb[head]);
    head++;
  }
  let tailA = na.length;
  let tailB = nb.length;
  while (tailA > head && tailB > head && na[tailA - 1] === nb[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const ma = na.slice(head, tailA);
  const mb = nb.slice(head, tailB);
  if (ma.length * mb.length > MAX_DIFF_CELLS) {
    wa.slice(head, tailA).forEach(word => push(word, 'removed'));
    wb.slice(head, tailB).forEach(word => push(word, 'added'));
  } else {
    const t = lcsTable(ma, mb);
    let i = 0;
    let j = 0;
    while (i < ma.length || j < mb.length) {
      if (i < ma.length && j < mb.length && ma[i] === mb[j]) {
        push(wa[head + i], 'same', wb[head + j]);
        i++;
        j++;
      } else if (j < mb.length && (i >= ma.length || t[i][j + 1] >= t[i + 1][j])) {
        push(wb[head + j], 'added');
        j++;
      } else {
        push(wa[head + i], 'removed');
        i++;
      }
    }
  }
  for (let k = tailA; k < wa.length; k++) {
    push(wa[k], 'same', wb[k - tailA + tailB]);
  }
  return out;
}
