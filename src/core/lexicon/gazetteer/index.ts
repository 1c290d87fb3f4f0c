// The gazetteers the entity pass reads, as one lookup: documented general lists from public sources (clubs, teams,
// companies, news media, international bodies, national legislatures and forces, national charities, parties), never names picked from articles. See each file's header.
import { COMPANIES } from './companies';
import { CITIES_WITH_GIVEN_NAMES, COUNTRIES } from './countries';
import { CRICKET_COUNTIES } from './cricket';
import { FOOTBALL_CLUBS, FOOTBALL_LEAGUE_CLUBS, TOWN_NAMED_TOP_CLUBS } from './football';
import { ARMED_GROUPS, INTERNATIONAL_BODIES } from './bodies';
import { NATIONAL_CHARITIES, NATIONAL_INSTITUTIONS } from './institutions';
import { NEWS_MEDIA } from './media';
import { POLITICAL_PARTIES } from './parties';
import { AMBIGUOUS_NICKNAMES, US_TEAMS, US_TEAM_NICKNAMES } from './usSports';

export { AMBIGUOUS_NICKNAMES, CITIES_WITH_GIVEN_NAMES, COUNTRIES, FOOTBALL_CLUBS };

/**
 * Every organisation the gazetteers name, lower case. A name written with "the" ("the hill") is kept under its
 * bare form in THE_NAMES instead: it names the organisation only with "the" before it ("Hill" is a surname).
 */
const ORGANISATIONS = new Set<string>();
const THE_NAMES = new Set<string>();
for (const list of [FOOTBALL_CLUBS, US_TEAMS, US_TEAM_NICKNAMES, COMPANIES, NEWS_MEDIA, INTERNATIONAL_BODIES, ARMED_GROUPS, NATIONAL_INSTITUTIONS, NATIONAL_CHARITIES, POLITICAL_PARTIES]) {
  for (const name of list.words) {
    if (name.startsWith('the ')) {
      THE_NAMES.add(name.slice(4));
    } else {
      ORGANISATIONS.add(name);
    }
  }
}

/** One-word clubs named after their town or county (and in no other list): the club only in sports copy. */
const townLists = [...FOOTBALL_LEAGUE_CLUBS.words, ...CRICKET_COUNTIES.words];
export const TOWN_CLUBS: ReadonlySet<string> = new Set([...townLists.filter(name => !name.includes(' ') && !ORGANISATIONS.has(name)), ...TOWN_NAMED_TOP_CLUBS.words]);
for (const name of townLists) {
  ORGANISATIONS.add(name);
}

/** Whether the gazetteers name an organisation so; `withThe` when "the" stands before the name in the text. */
export function gazetteerHas(name: string, withThe: boolean): boolean {
  return ORGANISATIONS.has(name) || (withThe && THE_NAMES.has(name));
}
