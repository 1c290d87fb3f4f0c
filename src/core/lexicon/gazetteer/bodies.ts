// International and supranational bodies: the United Nations system (agencies, funds, programmes), the EU
// institutions, military alliances, trade and financial bodies, regional organisations and sports federations,
// by full name and abbreviation. Source: the UN system chart and the EU's list of institutions and bodies, with the
// membership lists of the other bodies (written from general knowledge, December 2026).
import { names } from './names';

export const INTERNATIONAL_BODIES = names(
  'gazetteer-international-bodies',
  'International and supranational bodies (UN system, EU institutions, NATO, IMF, WTO, regional organisations, sports federations): an organisation, never a person or a place.',
  `united nations|un|u.n.|security council|general assembly|un security council|un general assembly|unicef|unesco
   unhcr|unrwa|undp|unep|unfpa|unaids|un women|world health organization|world health organisation|who
   world food programme|wfp|food and agriculture organization|fao|international labour organization|ilo
   international atomic energy agency|iaea|international monetary fund|imf|world bank|world trade organization
   wto|international court of justice|icj|international criminal court|icc|ocha|ohchr|unodc|unido|itu|wipo|imo
   icao|upu|wmo|ifad|iom|international organization for migration|opcw|ctbto|ipcc|nato|north atlantic treaty organization
   european union|eu|european commission|european parliament|european council|council of the european union
   european central bank|ecb|european court of justice|court of justice of the european union|european investment bank
   eib|eurostat|europol|eurojust|frontex|european medicines agency|ema|council of europe|european court of human rights
   osce|organization for security and co-operation in europe|oecd|organisation for economic co-operation and development
   opec|opec+|g7|g8|g20|brics|asean|african union|au|arab league|league of arab states|gulf cooperation council|gcc
   organization of american states|oas|mercosur|apec|saarc|sco|shanghai cooperation organisation|commonwealth
   interpol|red cross|international committee of the red cross|icrc|red crescent|amnesty international|human rights watch
   medecins sans frontieres|médecins sans frontières|doctors without borders|msf|greenpeace|oxfam|save the children
   transparency international|world economic forum|wef|bank for international settlements|bis|asian development bank
   adb|african development bank|inter-american development bank|european bank for reconstruction and development|ebrd
   fifa|uefa|ioc|international olympic committee|concacaf|conmebol|caf|afc|fiba|icc cricket|world anti-doping agency|wada
   federal reserve|fed|bank of england|bank of japan|people's bank of china|bundesbank|swiss national bank`,
);

/**
 * Armed groups on the public designation lists (the UN Security Council's sanctions lists and the US State
 * Department's list of foreign terrorist organisations, written from general knowledge, December 2026), by their names
 * in English copy. The tagger reads the group named as a state by its faith as a place, and most of the others as
 * nothing or as a person: without the list a report about the war in Syria found no body at all.
 */
export const ARMED_GROUPS = names(
  'gazetteer-armed-groups',
  'Armed groups on the public designation lists (UN sanctions lists, the US list of foreign terrorist organisations), by the names English copy uses: an organisation, never a place or a person.',
  `islamic state|isis|isil|daesh|islamic state of iraq and syria|islamic state of iraq and the levant|al-qaeda|al qaeda|al-qaida
   al qaida|aqap|al-qaeda in the arabian peninsula|al-shabaab|al shabaab|boko haram|taliban|hezbollah|hizbollah|hamas
   islamic jihad|palestinian islamic jihad|al-nusra front|nusra front|jabhat al-nusra|hayat tahrir al-sham|hts|lashkar-e-taiba
   jaish-e-mohammed|abu sayyaf|ansar al-sharia|ansar al-islam|haqqani network`,
);
