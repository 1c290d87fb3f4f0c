// Entity ids: a slug of the canonical name, stable across documents for the same name.
import { foldLetters } from '../fold';

/** "Greta van der Lahn" → "greta-van-der-lahn"; letters of any script are kept. */
export function slugOf(name: string): string {
  const slug = foldLetters(name.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}
