// The largest and best-known companies by the short name news copy uses: the Fortune Global 500 leaders, the
// S&P 100, the Euro Stoxx 50 and FTSE 100 best-known names, and the large Asian groups. Source: the public
// Fortune Global 500 (2024) and index constituent lists (S&P 100, Euro Stoxx 50, FTSE 100, Nikkei 225 leaders),
// written from general knowledge, December 2026. Names that are also common surnames or words ("Ford",
// "Apple", "Shell", "Target") are left out: alone they are not evidence of a company. The credit-rating agencies
// and the big auction houses, named in markets and arts copy daily, and chains named in the possessive ("Macy's") are
// added from the same general knowledge.
import { names } from './names';

export const COMPANIES = names(
  'gazetteer-companies',
  'The largest companies (Fortune Global 500, S&P 100, Euro Stoxx 50, FTSE 100 leaders) by their usual short name: an organisation, never a person.',
  `walmart|wal-mart|amazon.com|exxon|exxonmobil|exxon mobil|chevron|conocophillips|berkshire hathaway|unitedhealth
   cvs health|mckesson|amerisource|cardinal health|costco|microsoft|alphabet|google|meta platforms|facebook|nvidia
   general motors|gm|ford motor|stellantis|volkswagen|vw|toyota|honda|nissan|hyundai|kia|bmw|daimler
   mercedes-benz|renault|peugeot|fiat|volvo|tesla|boeing|airbus|lockheed martin|raytheon|rtx|northrop grumman
   general dynamics|general electric|ge|honeywell|3m|caterpillar|siemens|philips|abb|bosch|schneider electric
   jpmorgan|jpmorgan chase|jp morgan|goldman sachs|morgan stanley|citigroup|citi|citibank|bank of america|wells fargo
   hsbc|barclays|lloyds|natwest|standard chartered|ubs|credit suisse|deutsche bank|commerzbank|bnp paribas
   societe generale|société générale|credit agricole|crédit agricole|santander|bbva|unicredit|intesa sanpaolo|ing
   rabobank|abn amro|nomura|mitsubishi ufj|mizuho|sumitomo mitsui|blackrock|vanguard|fidelity
   american express|visa|mastercard|paypal|allianz|axa|generali|zurich insurance|prudential|aig|metlife|aviva
   pfizer|johnson & johnson|merck|abbvie|eli lilly|bristol-myers squibb|amgen|gilead|novartis|roche|sanofi
   astrazeneca|glaxosmithkline|gsk|bayer|novo nordisk|moderna|biontech|medtronic|procter & gamble
   unilever|nestle|nestlé|danone|coca-cola|pepsico|anheuser-busch inbev|ab inbev|heineken|diageo|carlsberg
   mcdonald's|starbucks|yum brands|kraft heinz|mondelez|philip morris|altria|british american tobacco
   l'oreal|l'oréal|lvmh|kering|hermes|hermès|adidas|nike|puma|inditex|h&m|ikea|carrefour|tesco|sainsbury's
   ahold delhaize|aldi|lidl|home depot|lowe's|kroger|walgreens|best buy|ebay|alibaba|tencent|baidu|jd.com
   bytedance|tiktok|huawei|xiaomi|lenovo|zte|samsung|samsung electronics|lg electronics|sk hynix|sony
   panasonic|toshiba|hitachi|fujitsu|nec|canon|nintendo|softbank|tsmc|foxconn|intel|amd|qualcomm|broadcom
   texas instruments|micron|cisco|oracle|ibm|hewlett-packard|hp|dell technologies|salesforce|adobe|sap
   netflix|disney|walt disney|comcast|warner bros. discovery|paramount|twitter|uber|lyft|airbnb|spotify
   verizon|at&t|t-mobile|vodafone|deutsche telekom|telefonica|telefónica|bt group|nokia|ericsson
   bp|shell plc|royal dutch shell|totalenergies|eni|equinor|repsol|petrobras|aramco|saudi aramco|gazprom
   rosneft|lukoil|sinopec|petrochina|cnooc|state grid|china mobile|icbc|china construction bank
   agricultural bank of china|bank of china|ping an|arcelormittal|rio tinto|bhp|glencore|anglo american
   fedex|ups|dhl|maersk|lufthansa|air france-klm|british airways|delta air lines|american airlines
   united airlines|southwest airlines|ryanair|easyjet|rolls-royce|bae systems|thales|safran
   tata|tata motors|tata steel|reliance industries|infosys|wipro|hdfc|mahindra|adani|gazprom neft|nornickel
   enron|worldcom|lehman brothers|bear stearns|merrill lynch|general mills|mars inc|cargill|koch industries
   moody's|moody's investors service|fitch ratings|s&p global|standard & poor's|sotheby's|christie's|bonhams
   phillips auctioneers|macy's|kohl's|kellogg's|domino's|wendy's|lloyd's of london|lloyd's`,
);
