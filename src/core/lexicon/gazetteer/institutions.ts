// National legislatures, police forces and security services of the democracies whose English-language press is most
// read, by the name English copy gives them in their own language or in English ("the Dáil", "the Sejm", "the
// Carabinieri"). Without the list these one- and two-word names, which carry no organisation noun, were missed or
// read as people ("Garda Síochána" as a person). The plural of a force's members ("Gardaí", like "police") names
// officers, not the body, and is left out; so are generic names shared by many countries ("National Assembly",
// "Parliament": the organisation nouns read them) and words that are also common ones ("Diet", "Met"). Source: the
// parliaments' and forces' own English pages (written from general knowledge, December 2026).
import { names } from './names';

export const NATIONAL_INSTITUTIONS = names(
  'gazetteer-national-institutions',
  'National legislatures, police forces and security services named in their own language or by a name without an organisation noun ("the Dáil", "the Sejm", "the Carabinieri"): an organisation, never a person or a place.',
  `dáil|dail|dáil éireann|dail eireann|seanad|seanad éireann|oireachtas|senedd|stormont assembly
   storting|stortinget|riksdag|riksdagen|folketing|folketinget|eduskunta|althing|alþingi|sejm|senat rp|seimas|saeima|riigikogu
   verkhovna rada|bundesrat|nationalrat|tweede kamer|eerste kamer|staten-generaal|cortes generales|congreso de los diputados
   lok sabha|rajya sabha|vidhan sabha|jatiya sangsad|majlis|knesset|state duma|national people's congress|legislative yuan
   garda síochána|garda siochana|an garda síochána|an garda siochana|psni
   carabinieri|guardia civil|policía nacional|gendarmerie nationale|bundespolizei|bundeskriminalamt|bundeswehr
   mossad|shin bet|shabak|mi5|mi6|gchq|asio|rcmp|royal canadian mounted police`,
);

// National charities of the British Isles that the press names by one coined word or without an organisation noun
// ("Crimestoppers offered a reward", "the Samaritans", "Nacro"): without the list a lone word with no head was
// dropped, and a charity the same in both reports of an event went unlinked. Words that are also common ones
// ("Shelter", "Mind", "Refuge", "Unlock") are left out. Source: the charities' own pages (written from general
// knowledge, December 2026).
export const NATIONAL_CHARITIES = names(
  'gazetteer-national-charities',
  'National charities of the British Isles named by one coined word or without an organisation noun ("Crimestoppers", "the Samaritans", "Nacro", "Barnardo\'s"), justice-system, welfare and rescue charities: an organisation, never a person or a place.',
  `crimestoppers|samaritans|barnardo's|barnardos|nacro|mencap|nspcc|rspca|rnli|rspb|childline|citizens advice
   victim support|age uk|macmillan cancer support|howard league for penal reform|prison reform trust|trussell trust
   women's aid`,
);
