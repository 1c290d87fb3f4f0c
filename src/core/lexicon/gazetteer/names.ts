// The shape every gazetteer file shares: names written one per line (or "|"-separated), lower case, so that
// a list reads like the public table it comes from. Each file's header says the source and the date.
import { wordList, type WordList } from '../wordList';

/** A gazetteer list: one name per line or per "|", spaces inside a name kept, blank entries dropped. */
export function names(id: string, reason: string, text: string): WordList {
  return wordList(id, reason, text.split(/[\n|]/).map(name => name.trim().replace(/\s+/g, ' ')).filter(Boolean));
}
