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
