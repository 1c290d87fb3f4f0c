// News agencies and major outlets by the name their copy and others' cite ("Reuters", "said Politico", "the
// Guardian reported"). Source: the world's news agencies (the global "big three" and the national agencies) and
// the largest newspapers, broadcasters and news websites of the US, UK, Europe and Asia, and the best-known
// pollsters, as in public media directories (written from general knowledge, December 2026).
import { names } from './names';

export const NEWS_MEDIA = names(
  'gazetteer-news-media',
  'News agencies, newspapers, broadcasters, news websites and the best-known pollsters: an organisation that reports or is quoted, never a person.',
  `reuters|associated press|ap|agence france-presse|afp|bloomberg|bloomberg news|dow jones|xinhua|tass|itar-tass
   ria novosti|interfax|sputnik|kyodo|kyodo news|jiji|yonhap|ansa|dpa|efe|anadolu|anadolu agency|pti
   press trust of india|united press international|upi|canadian press|press association|pa media|aap
   new york times|the new york times|washington post|the washington post|wall street journal|the wall street journal
   usa today|los angeles times|chicago tribune|boston globe|new york post|daily news|new york daily news
   financial times|the economist|the guardian|the observer|times of london|the times
   daily telegraph|the telegraph|the independent|daily mail|mail on sunday|daily mirror
   evening standard|bbc|bbc news|itv|itv news|sky news|channel 4 news|cnn|msnbc|cnbc|fox news|fox business|abc news
   cbs news|nbc news|pbs|npr|c-span|al jazeera|al arabiya|france 24|deutsche welle|dw|euronews|rt|cgtn|nhk
   politico|axios|the hill|huffington post|huffpost|buzzfeed news|buzzfeed|vox|breitbart|breitbart news
   the daily beast|daily beast|the new yorker|new yorker|newsweek|time magazine|forbes
   business insider|the intercept|propublica|mother jones|national review|the federalist|the daily caller
   daily caller|drudge report|newsmax|one america news|oann|the blaze|talking points memo|raw story|vice news
   yahoo news|yahoo|google news|msn|the verge|techcrunch|wired|le monde|le figaro|liberation|libération
   der spiegel|spiegel|die zeit|frankfurter allgemeine|faz|süddeutsche zeitung|bild|corriere della sera
   la repubblica|el país|el pais|el mundo|nrc|de telegraaf|asahi|asahi shimbun|yomiuri|nikkei|mainichi
   south china morning post|scmp|global times|people's daily|china daily|times of india|hindustan times
   the hindu|haaretz|jerusalem post|times of israel|ynet|the australian|sydney morning herald|abc australia
   globe and mail|toronto star|cbc|cbc news|ctv|rte|rté|irish times|the scotsman|abc|cbs|nbc
   politifact|factcheck.org|snopes|wikileaks|wikinews|wikipedia|zero hedge|zerohedge|infowars|the onion|pew research center|pew research|pew|gallup|quinnipiac|rasmussen reports|ipsos|yougov`,
);
