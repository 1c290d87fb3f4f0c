// Entity ids: a slug of the canonical name, stable across documents for the same name.
import { foldLetters } from '../fold';
import { memoized } from '../memo';

/** "Greta van der Lahn" → "greta-van-der-lahn"; letters of any script are kept. */
export function slugOf(name: string): string {
  return slugs(name);
}

/** Slugs of the names read lately: every entity of the document is named again on every edit. */
const slugs = memoized((name: string): string => {
  const slug = foldLetters(name.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
});
