// Political parties of the major democracies by their usual name and abbreviation ("the Social Democrats",
// "SPD", "Likud"). Member nouns that also describe people ("Democrats", "Republicans", "Tories") are left out:
// they name a group of people as often as the party. Source: the parties represented in the national
// parliaments of the G20 democracies and the EU's larger members, as listed by their parliaments (written from
// general knowledge, December 2026).
import { names } from './names';

export const POLITICAL_PARTIES = names(
  'gazetteer-political-parties',
  'Political parties of the major democracies, full name and short form: an organisation, never a person.',
  `democratic party|republican party|gop|democratic national committee|dnc|republican national committee|rnc
   libertarian party|green party|conservative party|labour party|liberal democrats|lib dems|lib dem|scottish national party|snp
   plaid cymru|democratic unionist party|dup|sinn fein|sinn féin|reform uk|ukip|uk independence party|fianna fail
   fianna fáil|fine gael|christian democratic union|cdu|christian social union|csu|social democratic party|spd
   christian democrats|social democrats|free democratic party|fdp|free democrats|the greens|alliance 90/the greens
   alternative for germany|afd|die linke|left party|national rally|rassemblement national|front national|
   la république en marche|la republique en marche|en marche|les républicains|les republicains|socialist party
   la france insoumise|forza italia|brothers of italy|fratelli d'italia|lega|northern league|five star movement
   partito democratico|popular party|partido popular|psoe|spanish socialist workers' party|vox|podemos|sumar
   people's party for freedom and democracy|vvd|party for freedom|pvv|d66|fidesz|law and justice|pis|civic platform
   likud|yesh atid|bharatiya janata party|bjp|indian national congress|congress party|aam aadmi party|liberal democratic party
   ldp|constitutional democratic party|african national congress|anc|democratic alliance|liberal party|new democratic party
   ndp|bloc quebecois|bloc québécois|labor party|australian labor party|the nationals|national party|workers' party
   morena|pri|justice and development party|akp|chp|united russia|communist party|chinese communist party|ccp
   kuomintang|kmt|democratic progressive party|dpp|people power party|pakistan tehreek-e-insaf|pti|pakistan muslim league`,
);
