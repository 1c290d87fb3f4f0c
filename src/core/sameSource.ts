// Whether two different speakers credited with the same words are still one source: a person and the
// organisation they speak for. Two outlets often credit a quotation to an analyst in one report and to
// his firm in the other; that is no disagreement about who said it, and calling it "credited
// differently" would send a fact-checker after a difference that is not there.
import { foldLetters } from './fold';
import type { DocumentAnalysis, Entity } from './model';

/** Names shorter than this are too ambiguous to find inside a role ("AP" in "app"). */
const MIN_NAME_LENGTH = 2;

function plain(text: string): string {
  return foldLetters(text).toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `name` occurs in `role` as whole words ("spokesman for Brantwell Capital" names "Brantwell Capital"). */
function roleNames(role: string, name: string): boolean {
  const wanted = plain(name).trim();
  if (wanted.length < MIN_NAME_LENGTH) {
    return false;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'u').test(plain(role));
}

/** Every role the person has in any of the analyses (ids are unified across them). */
function rolesOf(personId: string, analyses: readonly DocumentAnalysis[]): string[] {
  return analyses.flatMap(doc => doc.entities.filter(entity => entity.id === personId).flatMap(entity => entity.roles.map(role => role.text)));
}

function entityIn(id: string, analyses: readonly DocumentAnalysis[]): Entity | undefined {
  for (const doc of analyses) {
    const found = doc.entities.find(entity => entity.id === id);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/**
 * Whether the speakers `firstId` and `secondId` (ids unified across `analyses`) are one source: the same
 * entity, or a person and an organisation named in one of that person's roles in either article ("Ana
 * Ruiz, an analyst at Brantwell Capital" / "Brantwell Capital said").
 */
export function isSameSource(firstId: string, secondId: string, analyses: readonly DocumentAnalysis[]): boolean {
  if (firstId === secondId) {
    return true;
  }
  const ex = entityIn(firstId, analyses);
  const ey = entityIn(secondId, analyses);
  if (!ex || !ey || ex.kind === ey.kind) {
    return false;
  }
  const [person, org] = ex.kind === 'person' ? [ex, ey] : [ey, ex];
  const names = [org.name, ...org.aliases];
  return rolesOf(person.id, analyses).some(role => names.some(name => roleNames(role, name)));
}
