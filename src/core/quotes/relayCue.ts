// A relay clause: a passive verb of passing words on, opened by "as" or "which" ("…,” X said, as reported
// by the Gazette." / "X told staff in a memo, which was later quoted by the Herald."). Its agent published
// what the sentence's own speaker said; PolNeAR and our real-article gold both credit that speaker.

import { PASSIVE_AUXILIARIES, SKIPPABLE_BEFORE_VERB } from '../lexicon/quotes';
import { RELAY_OPENERS, RELAY_VERBS } from '../lexicon/quoteCues';
import type { MaskedToken } from './tokens';

/** Where the relay clause whose verb is tokens[verbAt] starts (its "as" or "which"); null when the verb opens no relay clause. */
export function relayStart(tokens: readonly MaskedToken[], verbAt: number, lo: number): number | null {
  if (!RELAY_VERBS.has(tokens[verbAt].lower) || tokens[verbAt + 1]?.lower !== 'by') {
    return null;
  }
  let k = verbAt - 1;
  while (k >= lo && (SKIPPABLE_BEFORE_VERB.has(tokens[k].lower) || PASSIVE_AUXILIARIES.has(tokens[k].lower))) {
    k--;
  }
  return k >= lo && RELAY_OPENERS.has(tokens[k].lower) ? k : null;
}
