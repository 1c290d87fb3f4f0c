// Countries and the home nations of British sport. Sports copy names national teams by the country ("Brazil
// beat Argentina 2-1"), and the CoNLL convention, like ours, keeps those places; a city in a results line is its
// club or team instead ("Chicago 5 Boston 3"). Source: the UN member states and observers by their common English
// short name (written from general knowledge, December 2026).
import { names } from './names';

export const COUNTRIES = names(
  'gazetteer-countries',
  'Countries by common English short name (UN members and observers, the four home nations): in a results line a national team, which stays a place.',
  `afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan
   bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina
   botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic
   chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti
   dominica|dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji
   finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti
   honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|republic of ireland|israel|italy|ivory coast|jamaica
   japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya
   liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico
   moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|holland|new zealand
   nicaragua|niger|nigeria|north korea|north macedonia|macedonia|norway|oman|pakistan|palestine|panama
   papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal
   serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|korea|south sudan
   spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga
   trinidad and tobago|trinidad|tunisia|turkey|turkmenistan|uganda|ukraine|united arab emirates|uae|united states
   usa|u.s.|us|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|england|scotland|wales
   northern ireland|faroe islands|san marino|gibraltar|hong kong|yugoslavia|soviet union|west germany`,
);

export const CITIES_WITH_GIVEN_NAMES = names(
  'gazetteer-cities-with-given-names',
  'Capitals and well-known cities and towns whose first word is also a given name or a name particle ("Abu", "Ras"): the lexicon reads that word as a first name, so the place would be a person. Two-word names opened by "Port", "Fort", "Mount" … need no entry (lexicon/entities.ts PLACE_OPENERS); longer ones do. Written from general knowledge (December 2026).',
  `abu dhabi|abu ghraib|abu kamal|abu dis|abu simbel|abu hamad|ras lanuf|ras tanura|ras al-khaimah|ras al khaimah
   port-au-prince|port of spain`,
);
