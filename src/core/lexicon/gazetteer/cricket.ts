// The eighteen first-class counties of English cricket (the County Championship), by the county's name, which
// their match reports use alone ("Kelso beat Essex by an innings"). Source: the England and Wales Cricket Board's
// list of first-class counties (written from general knowledge, December 2026). Each is also a county: the name
// counts as the club only in sports copy (gazetteer.ts).
import { names } from './names';

export const CRICKET_COUNTIES = names(
  'gazetteer-cricket-counties',
  'The first-class cricket counties of England and Wales: in sports copy the county\'s name is its club, an organisation; elsewhere a place.',
  `derbyshire|durham|essex|glamorgan|gloucestershire|hampshire|kent|lancashire|leicestershire|middlesex
   northamptonshire|nottinghamshire|somerset|surrey|sussex|warwickshire|worcestershire|yorkshire`,
);
