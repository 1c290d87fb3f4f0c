// Accuracy floors: the CLI's `--format eval` output over each annotated set, scored by the shared scorer
// (../shared/eval/score.mjs, the one the project is judged with). A rule change that loses accuracy on any
// measure below its floor fails here; raise the floors when the rules improve.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

const root = path.join(__dirname, '..', '..', '..');
const scorer = path.join(root, '..', 'shared', 'eval', 'score.mjs');
const quoteScorer = path.join(root, '..', 'shared', 'eval', 'score-quotes.mjs');

interface Scores {
  entities: { f1: number };
  person: { f1: number };
  org: { f1: number };
  quotes: { f1: number };
  speakerAccuracy: number;
  aliasMerge: number;
  overMergedPredEntities: number;
  roleRecall: number;
  rolePrecision: number;
  crossDocLinks: number;
}

/** Writes the CLI's `--format eval` predictions for every article of textDir and returns the file's path. */
function predict(textDir: string): string {
  const files = fs.readdirSync(textDir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(textDir, f));
  let out = '';
  const code = main(['analyze', ...files, '--format', 'eval'], { out: text => { out += text; }, err: () => undefined });
  assert.strictEqual(code, 0);
  const predictions = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-eval-')), 'predictions.json');
  fs.writeFileSync(predictions, out);
  return predictions;
}

function runScorer(scorerPath: string, goldDir: string, predictions: string): unknown {
  const r = spawnSync(process.execPath, [scorerPath, goldDir, predictions, '--json'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function score(dir: string): Scores {
  return runScorer(scorer, dir, predict(dir)) as Scores;
}

const LINKS_SET = path.join(root, 'test', 'fixtures', 'links');

type Floors = Partial<Record<'entities' | 'person' | 'org' | 'quotes', number>> &
  Partial<Record<'speakerAccuracy' | 'aliasMerge' | 'roleRecall' | 'rolePrecision' | 'crossDocLinks', number>> & { overMerged: number };

const SETS: [string, string, Floors][] = [
  ['the two dev samples', path.join(root, '..', 'shared', 'corpus', 'dev'),
    { entities: 1, person: 1, org: 1, quotes: 1, speakerAccuracy: 1, aliasMerge: 1, roleRecall: 1, rolePrecision: 1, crossDocLinks: 1, overMerged: 0 }],
  ['our gold set (16 articles)', path.join(root, 'test', 'fixtures', 'gold'),
    { entities: 0.975, person: 0.985, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.965, roleRecall: 0.97, rolePrecision: 0.98, crossDocLinks: 0.965, overMerged: 2 }],
  // Real published reports (../shared/corpus/real): the measure that counts, with the held-back real set.
  ['the real article pairs (8 articles)', path.join(root, '..', 'shared', 'corpus', 'real'),
    { entities: 0.99, person: 0.99, org: 0.98, quotes: 0.99, speakerAccuracy: 0.98, aliasMerge: 0.965, roleRecall: 0.97, rolePrecision: 0.98, crossDocLinks: 0.99, overMerged: 0 }],
  ['the held-out gold set 2 (10 articles)', path.join(root, 'test', 'fixtures', 'gold2'),
    { entities: 0.96, person: 0.975, org: 0.95, quotes: 0.99, speakerAccuracy: 0.955, aliasMerge: 0.95, roleRecall: 0.99, rolePrecision: 0.98, crossDocLinks: 0.905, overMerged: 0 }],
  // Six invented pairs whose two reports name the same people and bodies differently (test/fixtures/links/README.md).
  // Round 35 (candidacy status no role, the corpus README's convention and the fresh sets' gold): this set's gold lists
  // one "opposition candidate": role recall 0.896 -> 0.875.
  ['the cross-document naming set (12 articles)', LINKS_SET,
    { entities: 0.93, person: 0.94, org: 0.91, quotes: 0.99, speakerAccuracy: 0.95, aliasMerge: 0.98, roleRecall: 0.87, rolePrecision: 0.93, crossDocLinks: 0.85, overMerged: 0 }],
  // Invented copy of other domains (football, cricket, rugby, US sports, business, court, council, health): clubs
  // and teams by their shape, towns named beside bodies. Alias merge 0.947: a club found by its town alone in a report
  // that never names it in full stands apart from its ending used alone ("United"). Round 13 (ents13): entities 0.954 ->
  // 0.967 (team nicknames after "the", a named person's lone surname beside the firm named after them); alias merge
  // 0.949 -> 0.923, as a nickname now found keeps an id of its own.
  // Round 13b (clubs13b): a club's town alone before "fans", a plural verb or beside "v" joins the club though a supporters'
  // trust opens with the same word: entities 0.967 -> 0.974, org 0.965 -> 0.977.
  // Round 14 (r14-roles): a cardiologist's appositive after an honour: roles recall 0.887 -> 0.906.
  ['the domain gold set (13 articles)', path.join(root, 'test', 'fixtures', 'domains'),
    { entities: 0.97, person: 0.96, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.92, roleRecall: 0.90, rolePrecision: 0.97, crossDocLinks: 0.94, overMerged: 0 }],
  // Three invented pairs of round 11 (test/fixtures/fresh11/README.md): a court case with a health agency, a club cricket
  // final, a family-firm takeover. First run before any fix: entities 0.854, links 0.844; floors just below the figures after.
  // Round 13 (ents13): a shop named "<Surname> Chemists" found whole, its owner's lone surname the owner's: entities 0.946 ->
  // 0.965, links 0.969 -> 1.000; role precision 1.000 -> 0.976 (the owner's "ran <the shop>" now read as a post).
  // Round 26 (r26-auto: "<goods> maker X" makes X a company): alias 1.000 -> 0.974 and links 1.000 -> 0.969, a loss
  // left open: the headline's bare family-firm name after "biscuit maker" is now a body of its own, no longer joined to
  // the firm named in full with its founder's initial ("J. X & Sons").
  ['the fresh set of round 11 (6 articles)', path.join(root, 'test', 'fixtures', 'fresh11'),
    { entities: 0.95, person: 0.96, org: 0.94, quotes: 0.99, speakerAccuracy: 0.95, aliasMerge: 0.97, roleRecall: 0.92, rolePrecision: 0.97, crossDocLinks: 0.96, overMerged: 0 }],

  // Two invented pairs of round 11b (test/fixtures/fresh12/README.md): a parliamentary row over flood-defence figures, a
  // fatal gas leak at a chip plant. First run (main at 6772ef6, no rule changed for it): entities 0.881, speakers 0.892,
  // roles recall 0.692, links 0.833; floors just below the figures after the round-12 rules (entities 0.981, roles recall 1.000,
  // links 1.000). Round 13 (ents13): a firm ending in "Silicon" found: entities 0.994, org 1.000.
  // Round 13b: a constituency after "MP for" is a place, no person: entities 1.000, person 1.000.
  ['the fresh set of round 11b (4 articles)', path.join(root, 'test', 'fixtures', 'fresh12'),
    { entities: 0.995, person: 0.995, org: 0.99, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.94, roleRecall: 0.98, rolePrecision: 0.92, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented pairs of round 12 (test/fixtures/fresh14/README.md): an international tribunal frees a tanker's crew,
  // two former executives on trial over a subsidiary's collapse. First run (main at 0880946, no rule changed for it):
  // entities 0.905, org 0.810, speakers 0.889, roles recall 0.676, links 0.800; after the round-12 rules entities 0.966,
  // org 0.916, speakers 0.963, roles recall 0.919 (round 12b), links 0.880: floors just below those. Round 13: roles recall
  // 0.946 (a byline's post on its own line); a ship's name no body, a company ending in "UK" found (entities 0.990, org
  // 0.975); a company with and without its legal form linked (links 0.960). Round 14 (r14-roles): roles recall 1.000
  // ("<owner>'s lawyer at the hearing, X", "X, one of the four dissenting judges,").
  ['the international set of round 12 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh14'),
  // Round 25 (r25-pharma): "X, whose husband Y is the ship's captain," now gives Y "husband", a relation that places him
  // (the corpus README's convention, fresh72's gold), which this set's gold leaves out: role precision 0.974 -> 0.949.
    { entities: 0.98, person: 0.99, org: 0.97, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.94, crossDocLinks: 0.91, overMerged: 0 }],

  // Two invented sports pairs of round 12 (test/fixtures/fresh13/README.md): a football manager sacked, a club takeover
  // referred to the regulator's panel. First run (main at 0880946, no rule changed for it): entities 0.887 (org 0.817),
  // speakers 0.821, roles recall 0.692, links 0.792. After the round-12 rules: entities 0.933, speakers 0.893, roles
  // recall 0.821, links 0.833; alias merge 0.960 -> 0.926 because a club's nickname now found alone keeps an id of its own.
  // Round 12b: nationality nouns and "the regulator" as speakers (0.893 -> 1.000), roles recall 0.846, entities 0.937.
  // Round 13: roles recall 0.923 (a byline's post before a separator, "his assistant X", "<Club> legend X", a tycoon);
  // team nicknames after "the" or before "fans" ("the Mariners", "Ferrymen fans"): entities 0.963, org 0.962, links
  // 0.875; alias merge 0.926 -> 0.821, as each nickname keeps an id apart from the club's full name.
  // Round 13b (clubs13b): "added that Kelso had been …" beside a supporters' trust named after the club, and "host
  // <Town> City" read as a fixture, not a title: entities 0.963 -> 0.972, org 0.962 -> 0.977, links 0.875 -> 0.917.
  ['the sports set of round 12 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh13'),
    { entities: 0.965, person: 0.96, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.81, roleRecall: 0.92, rolePrecision: 0.94, crossDocLinks: 0.91, overMerged: 0 }],

  // Two invented local-news pairs of round 13 (test/fixtures/fresh15/README.md): a council planning vote, a cyclist's
  // death before magistrates. First run (main at 928a69b, no rule changed for it): entities 0.872 (org 0.800), speakers
  // 0.850, alias 0.900 (over-merged 3), roles recall 0.667, links 0.826. After the round-13 rules: entities 0.961 (org
  // 0.938), speakers 1.000, alias 1.000, roles recall 0.750 / precision 0.964, links 0.957: floors just below those.
  // Round 13b (a department read as a verb, a led unit, "spent N years as"): roles recall 0.917 / precision 0.971.
  // Round 14 (r14-roles: "his wife X", "and later chaired the X Club", a sentence-case post line): roles recall and
  // precision 1.000, entities 0.974.
  ['the local-news set of round 13 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh15'),
    { entities: 0.965, person: 0.97, org: 0.93, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.95, overMerged: 0 }],

  // Two invented US pairs of round 13 (test/fixtures/fresh16/README.md): a congressman's primary challenge to a senator,
  // a university study and a state bureau's recall of a toddler snack. First run (main at 928a69b, no rule changed for
  // it): entities 0.903 (org 0.746), speakers 0.872, roles recall 0.973, links 0.857. After the round-13 rules: entities
  // 0.986 (org 0.984), speakers 0.974, links 1.000; one over-merge left (a campaign committee named after its candidate).
  // Round 13b: the committee found whole, the chamber and the candidate's surname apart: entities 0.995, person 1.000,
  // over-merged 0.
  ['the US public-affairs set of round 13 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh16'),
    { entities: 0.99, person: 0.995, org: 0.97, quotes: 0.99, speakerAccuracy: 0.97, aliasMerge: 0.99, roleRecall: 0.97, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented health, science and education pairs of round 14 (test/fixtures/fresh18/README.md): a university-led
  // drug trial, an academy rated inadequate. First run (main at f58cdf0, no rule changed for it): entities 0.898 (org
  // 0.849), speakers 1.000, roles recall 0.923 / precision 0.947, links 0.889. After the round-14 rules (a term's or a
  // trial's abbreviation is no body, a school named without "Academy", "the X charity", "published in the X", clinicians'
  // specialties as role heads): entities 0.976 (org 0.971), roles recall 0.974 / precision 0.950, links 1.000. Merged
  // with the business set's slash split, the photo credit "(Name/The Outlet)" is no longer one false body that happened
  // to overlap the outlet: entities 0.970 (org 0.962), an honest miss left open in the set's README.
  ['the health, science and education set of round 14 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh18'),
    { entities: 0.965, person: 0.98, org: 0.955, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.97, rolePrecision: 0.94, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented business pairs of round 14 (test/fixtures/fresh17/README.md): a hostile takeover bid, a regulator's fine
  // on a bank's results day. First run (main at f58cdf0, no rule changed for it): entities 0.908 (person 0.880, org
  // 0.926), quotes, speakers and roles 1.000, alias 0.857, links 0.933. After the round-14 rules (a company's first word
  // alone, a dated dateline's credit, picture credits, a double surname opening a sentence, "X & Y Group"): entities
  // 1.000, alias 1.000; links 0.933 (a broker with and without its trade noun across reports).
  ['the business set of round 14 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh17'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented pairs of international wire copy of round 14 (test/fixtures/fresh19/README.md): an earthquake abroad
  // with national, UN-style and foreign responders, a summit of Arab and South American states. First run (main at
  // 08c9586, no rule changed for it): entities 0.943 (org 0.915), speakers 0.943, roles recall 0.906 / precision 0.967,
  // links 0.870. After the round-14 rules (a "CITY (AFP) -" dateline, "de los", "Forum of", a compass word before a
  // nationality, "said X, 58,", a UN office with and without "UN", "counterpart"): every measure 1.000.
  ['the international wire set of round 14 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh19'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented technology and tech-policy pairs of round 15 (test/fixtures/fresh22/README.md): a regulator's fine on
  // a platform company, a health-app start-up's data breach. First run (main at ec110c9, no rule changed for it):
  // entities 0.947 (org 0.908), speakers 0.903, over-merged 1, roles 1.000 / 1.000, links 0.909. After the round-15
  // rules (a company name opening "eX"/"iX", a company head after a street word, a trade body in apposition, "for" an
  // outlet in a picture credit, time zones, "X Labs", a regional unit apart from its group, "the company wrote"):
  // every measure 1.000, over-merged 0.
  ['the technology set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh22'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented US local crime and courts pairs of round 14 (test/fixtures/fresh21/README.md): a gas station shooting
  // and its arraignment, a school district business manager charged with theft. First run (main at 72140d0, no rule
  // changed for it): entities 0.926 (org 0.820), speakers 0.962, roles recall 1.000 / precision 0.909, links 0.889.
  // After the round-14 rules (a service district "X School District" is a body; "Deputy Public Defender" is one
  // title): entities 0.951 (org 0.892), roles precision 0.938, links 0.944. Round 15 (a web page's time zone, a street
  // before "the X Office said", a brand before "station", "X High", "Ex-<word>" headlines, "X Creek" a place, "the DA's
  // office said" the office named before): entities 0.985 (person 1.000, org 0.954), speakers 1.000, roles P 0.968.
  ['the US local crime and courts set of round 14 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh21'),
    { entities: 0.98, person: 0.99, org: 0.95, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.96, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented pairs of round 15 written to exercise quotation conventions (test/fixtures/fresh25/README.md): a river
  // flood (a local paper in British single quotes, a national site mixing straight and curly marks) and a dock strike
  // (a trade weekly with a Q&A block, a news agency). First run (main at ec110c9, no rule changed for it): speakers
  // 0.773 (34/44), quotes F1 0.968, entities 0.877 (org 0.765). After the round-15 rules (the speaker named in the next
  // sentence pointing back, a source given by "according to" continued by "she", "the council" for a body named after
  // a preposition, "Her answer was short:", a document's title after its noun and a comma): speakers 0.909, quotes
  // 0.978. Second wave (a town after "the Port of" is the town, not the short form of a body named after it; a word one
  // use shows as a place founds no recurring body; a headline's bare "union vows"; "it" after "according to the union"):
  // entities 0.927 (org 0.852), speakers 0.955 (42/44), over-merged 0.
  ['the quotation conventions set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh25'),
    { entities: 0.92, person: 0.99, org: 0.845, quotes: 0.975, speakerAccuracy: 0.95, aliasMerge: 0.99, roleRecall: 0.86, rolePrecision: 0.94, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented culture and entertainment pairs of round 14 (test/fixtures/fresh20/README.md): a band's reunion tour
  // and documentary, an arts council's cuts to a theatre company and a museum. First run (main at 72140d0, no rule
  // changed for it): entities 0.874 (person 0.905, org 0.843), quotes 0.980, speakers 1.000, roles recall 0.704 /
  // precision 0.950, links 0.524. After the round-14 rules (band members' job words as title heads, "the <Town> <plural>"
  // in music copy a band): entities 0.927 (person 0.987, org 0.874), roles recall 0.926 / precision 0.963, links 0.714.
  // Round 15 (a site, label or promoter before a name, "X Festival", a members' plural possessive in a union's name):
  // entities 0.959 (org 0.935), quotes 1.000, links 0.857.
  ['the culture and entertainment set of round 14 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh20'),
    { entities: 0.955, person: 0.98, org: 0.93, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.92, rolePrecision: 0.96, crossDocLinks: 0.85, overMerged: 0 }],

  // Two invented Westminster-style parliamentary pairs of round 15 (test/fixtures/fresh24/README.md): a by-election won
  // by an insurgent party (broadcaster and live blog), a minister's resignation over undeclared lobbyist meetings
  // (broadsheet and regional paper). First run (main at ec110c9, no rule changed for it): entities 0.893 (org 0.790),
  // speakers 1.000, alias 0.933, roles recall 0.889 / precision 0.953, links 0.917. After the round-15 rules ("<Word>
  // First" parties, a minister's portfolio, seats, a company without its form, a party's plural): entities 0.974 (org
  // 0.952), alias 1.000, roles recall 0.933 / precision 0.956, links 1.000.
  ['the parliamentary politics set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh24'),
    { entities: 0.97, person: 0.99, org: 0.95, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.93, rolePrecision: 0.95, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented football pairs of round 15 of other shapes than English match reports (test/fixtures/fresh23/README.md):
  // a Spanish club's sacking amid a blocked transfer (continental club shapes, a players' union, a league "Liga X"), a
  // second-tier women's club's cup final win (team sheets, scorer lines, a live blog). First run (main at ec110c9, no
  // rule changed for it): entities 0.801 (person 0.811, org 0.788), speakers 0.958, alias 0.914, roles recall 0.947,
  // links 0.765. After the round-15 rules (players in team sheets, before minute marks and in key-event lines; "Liga",
  // "Radio" opening and "Calcio", "Ultras" ending a body's name; a dateline with region and date before its credit; a
  // club prefix opening a sentence): entities 0.943 (person 0.987, org 0.884), alias 0.919, links 0.912. Round 15b (a
  // colour nickname after a sentence-opening "The", "Sporting director X" a post, "teaching PE", a byline with its desk,
  // "X hit back: “…”"): entities 0.956 (person 0.991, org 0.908), speakers 1.000; alias 0.865, as a colour nickname now
  // found stays its own entity (no name of its club ends in it). Round 16 (a results-table row and a scorers line's
  // side, a town after "moving to"/"trip to" for its club, "X Rovers Women", a club in capitals opening a lead, "X
  // Supporters' Collective"): entities 0.973 (org 0.949: P 0.977 R 0.923).
  ['the continental and women\'s football set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh23'),
    { entities: 0.965, person: 0.985, org: 0.94, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.86, roleRecall: 0.94, rolePrecision: 0.99, crossDocLinks: 0.90, overMerged: 0 }],

  // Two invented UK labour, transport and local-services pairs of round 15 (test/fixtures/fresh28/README.md): a bus
  // drivers' strike, a council's bin-collection backlog. First run (main at ec110c9, no rule changed for it): entities
  // 0.917 (person 0.958, org 0.887), speakers 1.000, roles recall 0.933 / precision 0.933, links 0.941. After the
  // round-15 rules ("X Buses/Coaches/Travel" operators, "X's MP", a town-named council's first word, road users'
  // descriptors opening a group's name, "shop steward"): entities 0.983 (org 0.971), roles 0.967 / 1.000, links 1.000.
  ['the UK labour, transport and local-services set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh28'),
    { entities: 0.975, person: 0.99, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented environment, climate-NGO and natural-science pairs of round 16 (test/fixtures/fresh29/README.md): a
  // rivers charity's sewage report disputed by a water company, a marine station's puffin census. First run (main at
  // 17ad170, no rule changed for it): entities 0.918 (org 0.864), speakers 1.000, roles recall 0.825 / precision 1.000,
  // links 0.778. After the round-16 rules (research stations, journals after "in the journal" / "published … in",
  // "X Water", a charity's head after a place word, the river a trust is named after, scientists' disciplines as
  // posts, clubs named by their members' pastime, "Rewilding X"): entities 0.994 (org 0.990), roles 1.000 / 1.000,
  // links 1.000.
  // Round 26: "Panel" as a body's head (fresh77) makes "chairs the council's marine panel" a role the gold lacks (0.976).
  ['the environment and natural-science set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh29'),
    { entities: 0.985, person: 0.99, org: 0.98, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.97, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented regional English-language pairs from outside the UK and the US of round 16 (test/fixtures/fresh31/README.md):
  // an Indian canal breach (a paper and a wire agency), an Irish town's police station closing at night (a local paper and
  // a national broadcaster). First run (main at 17ad170, no rule changed for it): entities 0.817 (person 0.857, org
  // 0.767), speakers 1.000, roles recall 0.806 / precision 0.909, links 0.667. After the round-16 rules (Indian honorifics,
  // "CM"/"TD" no body, Indian party and association heads, "X taluk", "District Collector", "Cathaoirleach", "Co X",
  // "Garda", a chamber of commerce's town, "Chief Supt", "Pvt Ltd"): entities 0.980 (person 1.000, org 0.954), roles
  // 0.889 / 0.941, links 0.905. Round 17 (r17-gaps: "Smt." and other dotted honorifics end no sentence): roles 0.944 / 0.944.
  // Round 24: "the Dáil" (gazetteer-national-institutions) is now a body, which this set's gold leaves out ("raise the
  // issue in the Dáil", the chamber as a place): entities 0.980 → 0.973, org 0.954 → 0.941.
  ['the regional English-language set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh31'),
    { entities: 0.97, person: 0.99, org: 0.935, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.93, rolePrecision: 0.93, crossDocLinks: 0.90, overMerged: 0 }],

  // Two invented North American sports pairs of round 15 (test/fixtures/fresh26/README.md): a pro football playoff game
  // decided by a late field goal, a university's athletic director resigning over booster payments. First run (main at
  // ec110c9, no rule changed for it): entities 0.937 (org 0.870), speakers 1.000, roles recall 0.690 / precision 0.967,
  // links 0.947. After the round-15 rules (playing positions as posts, "X State" for "X State University", a sport
  // opening a sentence before a post is no club): entities 0.957 (org 0.919), roles recall 0.905 / precision 0.974,
  // links 1.000. Round 16 (a town before "led" and a score for its team, an outlet's name on the line under the
  // byline): entities 0.973 (org 0.938: R 0.898). Round 18b (an outlet after a post line's comma): entities 0.984
  // (org 0.965).
  ['the North American sports set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh26'),
    { entities: 0.975, person: 0.98, org: 0.955, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.9, rolePrecision: 0.97, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented feature, profile and long-form pairs of round 15 (test/fixtures/fresh27/README.md): a retired lighthouse
  // keeper's campaign, a town after its pottery closed. First run (main at ec110c9, no rule changed for it): entities
  // 0.863 (org 0.789), speakers 0.940, roles recall 0.714 / precision 0.909, links 0.778. After the round-15 rules (a
  // trade in the plural as a company head, "When" opening a sentence outside a name, towns sharing a club's name,
  // feature trades as title heads): entities 0.933 (org 0.897), alias 1.000, roles recall 0.857, links 0.833.
  // Round 16 ("the company said" for a company named by a trade noun, "X Group"): speakers 0.940 -> 0.980.
  ['the feature and profile set of round 15 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh27'),
    { entities: 0.93, person: 0.955, org: 0.89, quotes: 0.99, speakerAccuracy: 0.97, aliasMerge: 0.99, roleRecall: 0.85, rolePrecision: 0.92, crossDocLinks: 0.83, overMerged: 0 }],
  // An invented opinion column and news report of one council housing vote, and two live blogs of one storm, of round
  // 16 (test/fixtures/fresh32/README.md). First run (main at 17ad170, no rule changed for it): entities 0.918 (person
  // 0.976, org 0.853), quotes 0.982, speakers 0.880, roles 1.000 / 1.000, links 0.944. After the round-16 rules ("X
  // Homes" housebuilders and their short form without the trade noun, "X Quay" sites, a head noun opening a sentence
  // is no body's short form, residents' associations named after their town, unisex given names, "the operator", "I
  // heard X, the Y, call it “…”"): entities 0.988 (org 0.974), quotes 1.000, speakers 1.000, links 1.000.
  ['the opinion column and live blog set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh32'),
    { entities: 0.98, person: 0.99, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented defence and church/charity pairs of round 16 (test/fixtures/fresh30/README.md): a frigate programme's
  // overrun, a regulator's inquiry into a diocese's youth trust. First run (main at 17ad170, no rule changed for it):
  // entities 0.872 (person 0.887, org 0.854), speakers 0.960, roles recall 0.614 / precision 0.971, links 0.762. After
  // the round-16 rules ("X Defence" firms, clergy's styles and "the <style> X" after a post, "Diocese of X", "Synod",
  // "X Tidings", a portfolio's modifier opening a sentence): entities 0.978 (org 0.956), roles 0.807 / 1.000, links 0.952.
  // Round 17 (r17-gaps: an office named as a body, a post ending in "Lord", "Rank (retired) X", a participle inside a
  // post, "who is also X"): entities 0.989 (org 0.978), roles 0.912 / 1.000.
  ['the defence and church/charity set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh30'),
    { entities: 0.985, person: 0.99, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.9, rolePrecision: 0.99, crossDocLinks: 0.95, overMerged: 1 }],

  // Two invented East and Southeast Asian pairs of round 16 (test/fixtures/fresh33/README.md): a carmaker's recall and
  // succession reported family name first and given name first, a cross-border bus fare rise in a Singapore and a
  // Malaysian paper. First run (main at 1c3608f, no rule changed for it): entities 0.923 (person 0.932, org 0.915),
  // speakers 1.000, roles recall 0.706 / precision 1.000, links 0.533. After the round-16 rules (a two-word name in
  // either order across reports, Malay honours of one and two words, "Minister of State for X", a sum after a
  // currency's code, Malay bodies and places, "supervisor"): entities 0.972 (org 0.967), roles 0.912 / 1.000, links
  // 0.867; one over-merge (a carmaker and its holding company through their shared short form) stays open. Round 17
  // (r17-gaps: unknown words after "lives in" are a town): entities 0.977 (person 0.988).
  ['the East and Southeast Asian set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh33'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.94, roleRecall: 0.9, rolePrecision: 0.99, crossDocLinks: 0.86, overMerged: 1 }],

  // Two invented health and education pairs of round 16 (test/fixtures/fresh34/README.md): a hospital trust's maternity
  // unit rated inadequate, a strike over an academy's closure. First run (main at 1c3608f, no rule changed for it):
  // entities 0.951 (person 1.000, org 0.917), speakers 1.000, roles 1.000 / 0.974, links 0.842. After the round-16
  // rules (an abstract noun opening a sentence is no body, "X and Y Hospitals" without "the", an NHS trust with and
  // without its legal form across reports, an outlet's masthead line, "founder of X"): entities 0.988 (org 0.979),
  // links 0.947.
  ['the health and education set of round 16 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh34'),
    { entities: 0.98, person: 0.99, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.97, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented pairs of round 17 (test/fixtures/fresh35/README.md): a retired judge's broadsheet obituary and a local
  // paper's news obituary with a funeral notice; a regional orchestra's centenary. First run (main at b8d8076, no rule
  // changed for it): entities 0.911 (person 0.942, org 0.830), speakers 0.944, roles 0.750 / 0.976, links 0.765. After
  // the round-17 rules (an orchestra, a hospice, a pub by their heads; honours standing alone no body; a local paper's
  // masthead word; a founder's surname beside a foundation named after him; trades and voices before a name; "the
  // late" between a post and a name): entities 0.979 (org 1.000), roles 0.911 / 0.980, links 0.882. Open: lone first
  // names of relatives, a funeral notice's inverted name, the widow merged with a bare surname, two quotes.
  // r17b-open (relatives by first name after a kin noun, a maiden name after "née"): entities 1.000, links 0.941; alias
  // merge 0.950 -> 0.905, as the widow's first name now found keeps an id apart from her honorific and surname.
  // r31-obits: role precision 1.000 -> 0.962, the relation "their children" of a family list (rule kin-list-relation)
  // that this set's gold leaves out and fresh96's gold lists (floor 0.97 -> 0.95).
  ['the obituaries and institutions set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh35'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.97, speakerAccuracy: 0.94, aliasMerge: 0.9, roleRecall: 0.9, rolePrecision: 0.95, crossDocLinks: 0.94, overMerged: 1 }],

  // Two invented Australian and African pairs of round 17 (test/fixtures/fresh37/README.md): a state's lithium-mine
  // approval (a public broadcaster and a tabloid), an electoral commission's suspended collation (a wire and a live
  // blog). First run (main at b8d8076, no rule changed for it; corrected gold): entities 0.939 (person 0.962, org
  // 0.911), speakers 0.960, roles recall 0.868 / precision 0.958, links 0.955. After the round-17 rules (a region's own
  // word beside "X State", a title's initials in brackets, a barrister's "SC", "X Daily", "Alhaji"/"Aunty", "the Member
  // for X", "X Federal Constituency", "a spokesman for federal X Minister Y"): entities 0.990 (org 1.000), roles
  // 0.962 / 0.962, links 1.000. r17b-open (a results table's "SURNAME Given (LABEL)" line): entities 1.000.
  ['the Australian and African set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh37'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.99, speakerAccuracy: 0.95, aliasMerge: 0.95, roleRecall: 0.95, rolePrecision: 0.95, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented farming and retail pairs of round 17 (test/fixtures/fresh36/README.md): a bluetongue outbreak (a
  // farming weekly and a regional daily), a kettle recall at two supermarket chains (a consumer column and wire copy).
  // First run (main at b8d8076, no rule changed for it): entities 0.890 (person 0.944, org 0.857), speakers 0.963,
  // roles recall 0.885 / precision 1.000, links 0.800. After the round-17 rules (members' plural possessive and a
  // hyphened head inside a body's name, "X Appliances", a chain named in the possessive, a model's code, a disease's
  // name, farming and consumer posts, "a spokesman for the co-operative"): entities 0.984 (org 0.974), speakers 1.000,
  // roles 1.000 / 1.000, links 0.933. r17b-open ("the Kelso co-op"): entities 0.989 (org 0.983).
  ['the farming and retail set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh36'),
    { entities: 0.985, person: 0.99, org: 0.975, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented US local-government and court live-blog pairs of round 17 (test/fixtures/fresh38/README.md): a county
  // board's 5-2 rezoning vote for a data-centre campus, a former elections director's preliminary hearing told in two
  // live blogs. First run (main at b8d8076, no rule changed for it; gold with one slip corrected): entities 0.969
  // (person 0.989, org 0.889), speakers 1.000, roles recall 0.860 / precision 1.000, links 1.000. After the round-17
  // rules (US local titles and building trades as title heads, a named person's speaking surname read as a place, a
  // byline's post after a separator, a company called by the opening words of its name, "served 11 years as"):
  // entities 0.991 (org 0.955), roles 0.953 / 1.000. r17b-open ("Town Council Member X" no body): entities 0.996
  // (org 0.977).
  ['the US local-government and court live-blog set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh38'),
    { entities: 0.99, person: 0.99, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.94, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented election-night pairs of round 17 (test/fixtures/fresh39/README.md): a Westminster-style by-election
  // count (a live blog and a morning-after report), a US city's mayoral race called by a wire (a local paper and a TV
  // station). First run (main at fa37fe9, no rule changed for it): entities 0.962 (org 0.842), speakers 0.964, roles
  // recall 0.862 / precision 0.963, links 0.882. After the round-17 rules (a party label off a name the lexicon does
  // not know, "X Wire" agencies, venues "X Leisure Centre"): entities 0.986 (org 0.974), roles 0.966 / 0.967, links 1.000.
  ['the election-night and results set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh39'),
    { entities: 0.98, person: 0.98, org: 0.96, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.96, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented economics, markets and company-results pairs of round 17 (test/fixtures/fresh40/README.md): a central
  // bank's half-point rise told by a wire and a business daily's analysis, a drinks group's approach for a brewer told by
  // a markets site and a local paper. First run (main at fa37fe9, no rule changed for it; gold with one slip corrected):
  // entities 0.886 (person 0.958, org 0.838), speakers 1.000, roles recall 0.913 / precision 1.000, links 0.867. After
  // the round-17 rules (the country a bank is "of", a head noun or an adjective opening a sentence before a common noun,
  // ratings agencies, fund managers and brewers as companies, a company's first word the tagger reads as a place, a
  // business paper's desks): entities 0.954 (org 0.941), roles 0.957 / 1.000, links 0.933.
  ['the economics, markets and company-results set of round 17 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh40'),
    { entities: 0.945, person: 0.965, org: 0.93, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.95, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented sport pairs of round 18 (test/fixtures/fresh43/README.md): a county cricket side's innings win on a
  // pitch the umpires report, told by a cricket weekly's match report with a scorecard line and the beaten club's own
  // news page; a rugby flanker's ban after a citing at a club in financial trouble, told by a national daily's sport
  // section and a wire. First run (main at ae8fa43, no rule changed for it): entities 0.824 (person 0.921, org 0.698),
  // speakers 1.000, roles recall 0.769 / precision 0.938, alias 0.880, links 0.720. After the round-18 rules (players
  // in a scorecard's brackets and the side before its total, an initial and a surname joining the full name, cricket
  // and rugby places as club posts, a masthead before a section path, a sport's name before its code, a dismissal's
  // players, "X Premiership"): entities 0.934 (org 0.883), roles 0.795 / 0.939, alias 0.966, links 0.840. After round
  // 18b (a town an away fixture goes to as a club in sports copy, a club's name atop its website, a paper by its own
  // word): entities 0.954 (org 0.931), alias 0.933 (28/30: the club's name now found stays apart from its nickname),
  // links 0.880.
  // Round 18b's role rules (a post after a lower-case owner's nouns, a club's department, "graduate"): roles 0.846 / 0.943.
  ['the county cricket and rugby union set of round 18 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh43'),
    { entities: 0.945, person: 0.965, org: 0.92, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.92, roleRecall: 0.84, rolePrecision: 0.93, crossDocLinks: 0.87, overMerged: 0 }],

  // Two invented transport-accident and storm pairs of round 18 (test/fixtures/fresh41/README.md): a derailment after a
  // landslip told by a national broadcaster's site and a regional daily, a ferry aground in a named storm told by a wire
  // and a radio station's live page. First run (main at ae8fa43, no rule changed for it; gold with one slip corrected):
  // entities 0.888 (person 0.879, org 0.896), speakers 0.767, roles recall 0.893 / precision 0.862, links 0.889. After
  // the round-18 rules (a lone given name with an age, rail operators and insurers as companies, a live entry's "By X"
  // line, a heading's quotation repeated below, ships and trains given a name by a naming verb): entities 0.953 (person
  // 0.989, org 0.918), speakers 0.967, roles 0.893 / 0.926, links 0.889. After round 18b (a town beside the college
  // named after it, a transport operator or a council named for two places, the outlet on a post line): entities 0.974
  // (org 0.958).
  // Round 18b's role rules (two owners joined by "and", a department inside a post, a named owner): roles 0.964 / 0.931.
  ['the transport-accident and storm set of round 18 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh41'),
    { entities: 0.965, person: 0.98, org: 0.95, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.92, crossDocLinks: 0.88, overMerged: 0 }],

  // Two invented church and royal pairs of round 18 (test/fixtures/fresh42/README.md): a national church's synod
  // narrowly passing a measure to share parish buildings with other faiths (a church weekly and a faith news site), an
  // heir holding an investiture in the ailing king's place (a national daily's royal correspondent and a regional
  // paper). First run (main at ae8fa43, no rule changed for it; gold with four slips corrected): entities 0.909 (person
  // 0.957, org 0.839), speakers 0.885, roles recall 0.921 / precision 0.967, links 0.941. After the round-18 rules
  // (a bare title of nobility and a royal style as titles, regiments, "X Messenger", "Sister X", "Lord" opening a post,
  // "heir", a church's town after a post and a comma, a law's name "the X Ys of Z Measure" no team, the agent after
  // "by" as a relative clause's antecedent): entities 1.000, speakers 0.923, roles 0.968 / 1.000, links 1.000. Round
  // 18b's "co-chairs" as a verb of a post: roles 0.984 / 1.000.
  ['the church and royal set of round 18 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh42'),
    { entities: 0.99, person: 0.99, org: 0.99, quotes: 0.99, speakerAccuracy: 0.915, aliasMerge: 0.99, roleRecall: 0.98, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 1 }],

  // Two invented court, crime and inquest pairs of round 18 (test/fixtures/fresh44/README.md): a Crown Court sentencing
  // for a doorstep roofing fraud told by a regional daily's court report and a court-reporting agency, an inquest into a
  // death in police custody told by a national's crime desk and an Irish regional paper. First run (main at 320edb1, no
  // rule changed for it): entities 0.948 (person 0.970, org 0.900), speakers 0.864, roles recall 0.914 / precision
  // 1.000, links 1.000. After the round-18 rules (a court's courtesy style left out of the role, "Recorder" a title head,
  // a town before "police station" no body, a body's initialism before a place its unit, "she said" after a paragraph
  // that brings a new person in): entities 0.984 (org 0.966), speakers 0.909, roles 0.971 / 1.000, links 1.000.
  ['the court, crime and inquest set of round 18 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh44'),
    { entities: 0.975, person: 0.985, org: 0.955, quotes: 0.99, speakerAccuracy: 0.9, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented pairs of round 19 (test/fixtures/fresh47/README.md): an earthquake abroad told by an international
  // wire and a local English-language daily, a franchise cricket qualifier told by a cricket website and a newspaper.
  // First run (branch at 39e6f7a, no rule changed for it): entities 0.883 (person 0.914, org 0.835), speakers 1.000,
  // roles recall 0.842 / precision 0.970, links 0.700. After the round-19 rules (Spanish place openers, franchise
  // nicknames that are plural titles, a relief society's appositive, a byline's outlet after a separator, a hospital
  // named head first, "known by its Spanish initials", "rescuer" and the cricket crafts as posts, "Monsignor"):
  // entities 0.983 (org 0.971), roles 0.947 / 0.973, links 0.900.
  ['the disaster-abroad and franchise cricket set of round 19 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh47'),
    { entities: 0.975, person: 0.985, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.95, roleRecall: 0.94, rolePrecision: 0.97, crossDocLinks: 0.89, overMerged: 0 }],

  // Two invented pairs of round 19 (test/fixtures/fresh46/README.md): a payroll software company's data breach told by
  // a tech trade site and a business wire, an Anglican province's election of an archbishop abroad told by a
  // denominational weekly and a general wire. First run (main at 39e6f7a, no rule changed for it): entities 0.960
  // (person 0.981, org 0.936), speakers 1.000, roles recall 0.894 / precision 0.977, links 0.938. After the round-19
  // rules ("told The X" a publication, a name starting after "U.S.-based", "Products" and "Congregation" heads, a
  // place's faithful no person, church posts, a longer appositive, "who teaches … at" a body): entities 0.995 (org
  // 0.990), speakers 1.000, roles 0.979 / 0.979, links 1.000.
  ['the technology and church-abroad set of round 19 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh46'),
    { entities: 0.985, person: 0.99, org: 0.98, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.97, rolePrecision: 0.97, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented travel-trade and science wire pairs of round 19 (test/fixtures/fresh45/README.md): an air-traffic
  // controllers' strike abroad stranding holidaymakers told by a consumer travel desk and a wire, a university study in
  // a journal told by a science correspondent and a press-release-driven regional paper. First run (main at 39e6f7a, no
  // rule changed for it): entities 0.955 (person 0.952, org 0.957), speakers 0.923, roles recall 0.875 / precision
  // 1.000, links 0.917. After the round-19 rules ("X Airports/Holidays/Cruises" companies, "Consumer Travel Editor", a
  // name after "Professor" whose surname the tagger reads as a place, "funded by X, which said:", "head of consumer
  // rights"): entities 0.994 (org 0.989), speakers 1.000, roles 0.969 / 1.000, links 1.000.
  ['the travel-trade and science wire set of round 19 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh45'),
    { entities: 0.985, person: 0.99, org: 0.98, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented arts pairs of round 19 (test/fixtures/fresh48/README.md): a play opening a town's festival while its
  // touring company's grant is cut, told by a national paper's review and a wire agency; a rediscovered Old Master's
  // auction record and its purchase by a city museum, told by an arts trade magazine and a regional evening paper. First
  // run (main at 39e6f7a, no rule changed for it): entities 0.905 (person 0.941, org 0.857), speakers 0.941, roles recall
  // 0.917 / precision 1.000, links 1.000. After the round-19 rules (a name inside a quoted work's title a thing; "“…” by
  // X" and "<maker> whose “…”" titles; artists' nouns as title heads; "the X-born playwright"): entities 0.926 (person
  // 0.960, org 0.880), roles 1.000 / 1.000.
  ['the arts, museum and auction set of round 19 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh48'),
    { entities: 0.92, person: 0.955, org: 0.875, quotes: 0.99, speakerAccuracy: 0.94, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented South Asian pairs of round 20 (test/fixtures/fresh51/README.md): a state election result told by a
  // national daily and a news agency; a High Court stay on a drug maker's plant told by a business daily and a legal
  // news site. First run (main at e725aba, no rule changed for it; gold with "Shri"/"Smt." out of the roles): entities
  // 0.858 (person 0.869, org 0.850), speakers 0.778, roles 0.625 / 0.893, links 0.765. After the round-20 rules ("Adv."
  // and "Sr. Adv." titles, a village "samiti", Indian portfolios after "Minister of State for", "the Bench", "the
  // Opposition", "X-ji"): entities 0.941 (person 0.969, org 0.914), speakers 0.889, roles 0.850 / 0.944, links 0.882.
  // Round 26 (r26-kinds): a plural title before a list now gives each person the plural as written ("Justices A, B and
  // C": the annotation conventions' "as written", which fresh38's gold follows); this set's gold gives the singular, so
  // role precision 0.944 -> 0.895, the two invented golds disagreeing.
  ['the South Asian election and High Court set of round 20 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh51'),
    { entities: 0.935, person: 0.96, org: 0.905, quotes: 0.99, speakerAccuracy: 0.88, aliasMerge: 0.9, roleRecall: 0.84, rolePrecision: 0.88, crossDocLinks: 0.87, overMerged: 0 }],

  // Two invented individual-sport pairs of round 20 (test/fixtures/fresh50/README.md): a tennis final won by a
  // 21-year-old over the top seed after a row with the umpire, told by a wire agency and a newspaper's sport page; a
  // Grand Prix whose first finisher loses the win to a stewards' penalty, told by a racing website and a newspaper.
  // First run (main at e725aba, no rule changed for it): entities 0.882 (person 0.982, org 0.462), speakers 0.933,
  // roles recall 0.538 / precision 1.000, links 0.800. After the round-20 rules (set scores after a player; "the
  // Dutchman"; "X Racing" / "X Motorsport" teams; umpire, physio, seed, team-mate posts; a byline closed by its venue):
  // entities 0.928 (person 1.000, org 0.634), roles 0.808 / 1.000, links 0.867.
  ['the individual-sport set of round 20 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh50'),
    { entities: 0.92, person: 0.99, org: 0.62, quotes: 0.99, speakerAccuracy: 0.93, aliasMerge: 0.99, roleRecall: 0.8, rolePrecision: 0.99, crossDocLinks: 0.86, overMerged: 0 }],

  // Two invented labour-dispute pairs of round 21 (test/fixtures/fresh56/README.md): a national rail signallers'
  // strike, told by a national paper and a news agency; a factory walkout ended by a pay deal, told by a wire and a
  // local paper. First run (main at 26f65d8, no rule changed for it): entities 0.846 (person 0.915, org 0.781),
  // speakers 0.960, roles 0.773 / 0.944, links 0.833. After the round-21 rules ("X Components" makers; "signaller"
  // posts; a lone given name after "her colleague"; trades' plural possessives inside unions' names; "Local 312"):
  // entities 0.955 (person 0.949, org 0.960), speakers 1.000, roles 0.864 / 0.950, links 1.000.
  ['the labour-dispute set of round 21 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh56'),
    { entities: 0.95, person: 0.94, org: 0.95, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.86, rolePrecision: 0.94, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented markets and finance pairs of round 21 (test/fixtures/fresh54/README.md): an Asian central bank's
  // surprise half-point rise, told by a wire and a local business daily; a Swiss lender's profit warning and a European
  // banks sell-off, told by a wire and a London financial daily. First run (main at 26f65d8, no rule changed for it):
  // entities 0.930 (person 0.951, org 0.913), speakers 1.000, alias 0.938, roles 0.957 / 0.957, links 0.900. After the
  // round-21 rules (a name before a price-move verb and a percentage is a company; a members' plural without its
  // apostrophe before an organisation head stays in the body's name): entities 0.957 (person 0.963, org 0.952), alias
  // 1.000, links 0.950.
  ['the markets and finance set of round 21 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh54'),
    { entities: 0.95, person: 0.955, org: 0.945, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.95, rolePrecision: 0.95, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented pairs of English-language copy on continental European culture and business of round 21
  // (test/fixtures/fresh58/README.md): an Italian opera house's cancelled season, told by an opera trade magazine and a
  // national paper's arts page; a German family firm's takeover by an Italian group, told by a wire and a business
  // paper. First run (main at 26f65d8, no rule changed for it): entities 0.815 (person 0.828, org 0.800), quotes 0.964,
  // speakers 0.963, roles 0.963 / 0.963, links 0.647. After the round-21 rules (bodies named head first in their own
  // languages, "degli"-like particles, "national" after such a head, German trade words ending a firm's name, numbered
  // works no body): entities 0.958 (person 0.965, org 0.952), links 0.882.
  ['the continental European culture and business set of round 21 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh58'),
    { entities: 0.95, person: 0.96, org: 0.94, quotes: 0.96, speakerAccuracy: 0.96, aliasMerge: 0.92, roleRecall: 0.96, rolePrecision: 0.96, crossDocLinks: 0.88, overMerged: 0 }],

  // Two invented political pairs of round 20 (test/fixtures/fresh53/README.md): a European Parliament vote on a housing
  // fund, told by a Brussels wire and an Irish national paper; a Latin American presidential run-off, told by a wire and
  // an English-language regional paper. First run (main at e725aba, no rule changed for it; gold with three headline
  // names and a standfirst quotation added after it): entities 0.948 (person 0.982, org 0.907), speakers 0.903, alias
  // 0.960, roles 0.938 / 0.968, links 0.889. After the round-20 rules (a given name with the first of two surnames; an
  // umbrella body's plural head after its members' possessive; a dateline's region a place): entities 0.971 (person
  // 0.982, org 0.957), speakers 0.935, alias 1.000.
  ['the European and Latin American politics set of round 20 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh53'),
    { entities: 0.965, person: 0.975, org: 0.95, quotes: 0.99, speakerAccuracy: 0.93, aliasMerge: 0.99, roleRecall: 0.93, rolePrecision: 0.96, crossDocLinks: 0.88, overMerged: 0 }],

  // Two invented science and medical research pairs of round 21 (test/fixtures/fresh55/README.md): an asteroid sample
  // capsule lands, told by a wire and a science magazine; a gene variant found to triple the risk of a lung disease,
  // told by a UK national paper's health desk and a US regional paper. First run (main at 26f65d8, no rule changed for
  // it): entities 0.897 (person 0.981, org 0.843), speakers 0.792, roles recall 0.885 / precision 1.000, links 1.000.
  // After the round-21 rules (a thing's noun before a name or a naming verb: "the asteroid X", "a gene called X", "the
  // X gene"; "said the lead author, Dr X of Y"; ", the agency said" no appositive; "the Australian outback"; "X
  // Therapeutics" a company): entities 0.976 (person 0.981, org 0.972), speakers 0.917, roles 0.923 / 1.000.
  ['the science and medical research set of round 21 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh55'),
    { entities: 0.97, person: 0.975, org: 0.965, quotes: 0.99, speakerAccuracy: 0.91, aliasMerge: 0.99, roleRecall: 0.92, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented Middle East and North African pairs of round 22 (test/fixtures/fresh60/README.md): a movement quits a
  // parliament's governing coalition, told by a wire and a national daily; a militia and the government agree a truce
  // in a Gulf emirate, told by a European broadsheet and a pan-Arab news site. First run (main at b0d26bd, no rule
  // changed for it): entities 0.914 (person 0.950, org 0.857), speakers 0.913, alias 0.920, roles 0.850 / 0.944, links
  // 0.611. After the round-22 rules ("Sayyed" / "Sayed" honours; "X Brigades" a body; a kunya alone and a surname
  // alone joined to the kunya's full name; Arabic spellings across outlets: "Abd" + article, final -ah, ay / ei, a
  // compound surname apart or joined, an Arabic-marked surname's vowels; no role from ", with …,"): entities 0.940
  // (person 0.984, org 0.872), speakers 0.913, alias 0.960, roles 0.900 / 0.973, links 0.889; with "Sayed" left out of
  // the honours at merge (a given name as often): entities 0.929 (person 0.967), roles 0.875 / 0.972, links 0.833.
  // Round 24 (r24-boxing): the masthead in capitals "AL MANARA ENGLISH" before its section is now found as the outlet
  // (entities 0.969 → 0.974), but not joined to "Al Manara" in prose (alias 0.960 → 0.920): the floor follows.
  ['the Middle East and North African set of round 22 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh60'),
    { entities: 0.92, person: 0.96, org: 0.86, quotes: 0.99, speakerAccuracy: 0.9, aliasMerge: 0.91, roleRecall: 0.86, rolePrecision: 0.96, crossDocLinks: 0.82, overMerged: 0 }],

  // Two invented fashion and luxury industry pairs of round 22 (test/fixtures/fresh59/README.md): a Paris house named
  // after its founder shows its spring collection, told by a fashion trade daily and a newspaper's critic; a luxury
  // group buys 70% of a Florentine family leather label, told by a wire and a fashion business site. First run (main at
  // b0d26bd, no rule changed for it): entities 0.782 (person 0.794, org 0.769), speakers 1.000, roles recall 0.727 /
  // precision 1.000, links 0.750. After the round-22 rules (a house named after its founder read as the house by "the
  // house of X", "the fashion house(s) X", "X, founded by", "buy 70% of X"; "Maison X"; French and Italian street
  // words; a two-city dateline; fashion trades before a name; "continue as"; "Groupe X" linked to "X"; a section
  // path with a slash): entities 0.959 (person 0.951, org 0.964), roles 0.864 / 1.000, links 0.938.
  ['the fashion and luxury industry set of round 22 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh59'),
    { entities: 0.95, person: 0.94, org: 0.955, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.85, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented racing pairs of round 22 (test/fixtures/fresh61/README.md): a jumps Gold Cup kept after a stewards'
  // inquiry, told by a racing daily and a broadsheet; a grand tour's mountain stage, told by a wire and a cycling
  // website. First run (main at b0d26bd, no rule changed for it): entities 0.832 (person 0.899, org 0.638), speakers
  // 0.833, roles recall 0.538 / precision 1.000, links 0.667. After the round-22 rules (cycling teams: "X Pro Cycling",
  // "Team X-Y", a team in a timed results line; "Monte X" after a word of a climb; a nationality before an unknown given
  // name; "Under" opening a body's name; a comma phrase opening with a preposition no appositive; "the 24-year-old
  // jockey said", "said the Italian" after a paragraph naming one person; "trainer", "jockey" posts; a sport's name
  // alone no short form of a team): entities 0.942 (person 0.940, org 0.947), speakers 1.000, roles 0.769, links 0.933.
  ['the racing set of round 22 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh61'),
    { entities: 0.935, person: 0.93, org: 0.94, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.76, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented celebrity and royal pairs of round 21 (test/fixtures/fresh57/README.md): a pop star known by one name
  // and her actor husband separate, told by a US celebrity site and a British tabloid; a princess is engaged to an
  // earl's son, told by a wire and a royal weekly. First run (main at 26f65d8, no rule changed for it): entities 0.785
  // (person 0.852, org 0.590), speakers 0.824, roles recall 0.620 / precision 0.970, links 0.615. After the round-21
  // rules (a one-word name before a personal-staff noun or a birth name; a child after a kin noun; titles after
  // "debut single", "drama" and before "hitmaker"; a channel before its programme; "streamer", "studio" bodies; a
  // tabloid's capitals masthead): entities 0.963 (person 0.984, org 0.880), speakers 1.000, alias 0.947, links 0.692.
  ['the celebrity, entertainment and royal set of round 21 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh57'),
    { entities: 0.955, person: 0.98, org: 0.87, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.94, roleRecall: 0.61, rolePrecision: 0.96, crossDocLinks: 0.68, overMerged: 0 }],

  // Two invented maritime and aviation incident pairs of round 22 (test/fixtures/fresh62/README.md): a fire on a ro-pax
  // ferry's vehicle deck, told by a wire and a shipping trade paper; an airliner's emergency landing, told by a regional
  // paper and an aviation news site. First run (main at b0d26bd, no rule changed for it): entities 0.788 (person 0.807,
  // org 0.773), speakers 0.583, roles recall 0.864 / precision 0.950, links 0.571. After the round-22 rules (a ship's
  // name after its type or in an appositive with its operator; flight numbers; a model's code ends the operator's name;
  // passengers named after an opening descriptor, their home town; "the airline" and "it said"; a body's post holder
  // after "said"; shipping copy's companies): entities 0.947 (person 0.980, org 0.927), speakers 0.958, links 0.857.
  ['the maritime and aviation incident set of round 22 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh62'),
    { entities: 0.94, person: 0.97, org: 0.92, quotes: 0.99, speakerAccuracy: 0.95, aliasMerge: 0.99, roleRecall: 0.86, rolePrecision: 0.94, crossDocLinks: 0.85, overMerged: 1 }],

  // Two invented energy, mining and commodities pairs of round 23 (test/fixtures/fresh63/README.md): a copper mine's
  // tailings-dam failure, told by a commodities wire and a Zambian national paper; an offshore gas field's approval,
  // told by an upstream trade paper and a business daily. First run (branch at 68ed742 on main 04ba251, no rule changed
  // for it; corrected gold): entities 0.844 (person 0.854, org 0.839), speakers 1.000, roles recall 1.000 / precision
  // 1.000, alias 0.960, links 0.786. After the round-23 rules (companies named for their trade; a share class's letter;
  // currency codes and units; a section label of common words; capitals bylines filed from a place and picture credits;
  // trades in the plural before "at"; installations, licences and rigs; initials that are an airport's code; a joint
  // venture's appositive): entities 0.991 (person 1.000, org 0.986), speakers 1.000, alias 0.962, links 1.000.
  ['the energy, mining and commodities set of round 23 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh63'),
    { entities: 0.98, person: 0.99, org: 0.97, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.95, roleRecall: 0.99, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented video games industry and esports pairs of round 23 (test/fixtures/fresh64/README.md): a publisher
  // cancels a studio's game and the studio lays off staff, told by a games-industry site and a business paper; an
  // esports world final won by a sponsor-named team, told by an esports site and a national paper's sports desk. First
  // run (main at 04ba251, no rule changed for it): entities 0.736 (person 0.724, org 0.746), speakers 0.840, roles
  // recall 0.778 / precision 0.700, links 0.467. After the round-23 rules (the games trade's "Interactive", "Esports",
  // "Gaming" bodies; a gamer handle inside a full name, then alone; jargon in capitals; "Developers'" unions; venues
  // "X Dome" / "X Arena"; a team's "line-up"; studio and esports posts): entities 0.918 (person 0.925, org 0.914),
  // speakers 0.960, roles 0.889 / 0.800, links 0.733.
  ['the video games industry and esports set of round 23 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh64'),
    { entities: 0.91, person: 0.92, org: 0.90, quotes: 0.99, speakerAccuracy: 0.95, aliasMerge: 0.96, roleRecall: 0.88, rolePrecision: 0.79, crossDocLinks: 0.73, overMerged: 2 }],

  // Two invented US immigration, border and Latino-community pairs of round 23 (test/fixtures/fresh65/README.md): a
  // federal judge blocks a county's immigration detention contract, told by a metro daily and a Spanish-language
  // paper's English edition; a Tijuana shelter overwhelmed, told by a wire and a TV station's website. First run (main at
  // 04ba251, no rule changed for it): entities 0.875 (person 0.875, org 0.875), speakers 0.893, roles recall 0.966 /
  // precision 0.903, links 0.667. After the round-23 rules (Spanish bodies with their head first, a shelter named before
  // its noun, a first name before an age appositive, "News 11", "Chief Patrol Agent", "the agency said", "the states
  // of", "Viejo", a two-word section, a translated name in parentheses, "the Commissioners Court of X", "El Heraldo …"):
  // entities 0.977 (person 0.977, org 0.977), speakers 0.964, roles 0.966 / 0.933, links 0.889.
  ['the immigration, border and Latino-community set of round 23 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh65'),
    { entities: 0.97, person: 0.97, org: 0.97, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.94, roleRecall: 0.96, rolePrecision: 0.925, crossDocLinks: 0.88, overMerged: 0 }],

  // Two invented food, restaurant and hospitality pairs of round 23 (test/fixtures/fresh66/README.md): a chef's
  // flagship wins a guide's third star, told by a food magazine and a national paper; a grill chain's outlets close after
  // a salmonella outbreak, told by a local evening paper and a hospitality trade title. First run (main at 04ba251, no
  // rule changed for it): entities 0.736 (person 0.814, org 0.667), speakers 1.000, roles recall 0.808 / precision 0.769
  // (0.833 / 0.923 once two annotation slips were fixed: "Cllr", "Dr" and "who founded X" are roles), links 0.706. After
  // the round-23 rules (a restaurant named after its chef where it is run or has "its" star, a name founded; chains and
  // platforms after their trade noun, restaurant appositives, nickname brands opening a sentence, one-name chefs; food
  // safety firms' heads, a guide, trade mastheads; awards, "&" between places, award-result words near a city; kitchen
  // trades and parents as roles): entities 0.968 (person 0.974, org 0.964), speakers 1.000, roles 0.933 / 1.000, links 0.941.
  ['the food and hospitality set of round 23 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh66'),
    { entities: 0.96, person: 0.96, org: 0.95, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.92, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 1 }],

  // Two invented combat-sports pairs of round 24 (test/fixtures/fresh68/README.md): a boxing world title kept on a
  // disputed split decision, told by a national paper's boxing correspondent and a fight-news site; an MMA co-main
  // cancelled after a fighter misses weight, told by a sports wire and a fan podcast's write-up. First run (main at
  // c4ff483, no rule changed for it; scored against the gold after its one slip was fixed): entities 0.801 (person
  // 0.896, org 0.515), speakers 0.889, roles recall 0.519 / precision 1.000, links 0.696. After the round-24 rules (a
  // record in brackets no score; ring names of several words; promotions, boxing companies and gyms; "Promoter <given
  // name>"; a capitals masthead; shouted words; handles; a sport's desk; the trade's roles; "didn't" as a verb):
  // entities 0.964 (person 0.976, org 0.923), speakers 1.000, roles 0.704 / 1.000, links 0.870.
  ['the combat-sports set of round 24 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh68'),
    { entities: 0.95, person: 0.965, org: 0.9, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.95, roleRecall: 0.68, rolePrecision: 0.99, crossDocLinks: 0.85, overMerged: 2 }],

  // Two invented media industry pairs of round 25 (test/fixtures/fresh73/README.md): a public broadcaster's
  // director-general resigns over a documentary's misleading edit, told by a broadsheet's media editor and by a tabloid
  // owned by the man the film was about; a regional newspaper group sold to a private-equity firm, told by a press trade
  // title and a wire. First run (main at 2f23b2a, no rule changed for it; one name inside a quotation made an optional
  // mention): entities 0.834 (person 0.891, org 0.789), speakers 0.947, roles recall 0.865 / precision 1.000, alias
  // 0.833, links 0.720. After the round-25 rules ("X Newspapers", "X Films"; "the Daily/Sunday X", "the X Evening Star";
  // "KBC One", "KBC Radio Western", "the talk station Talk 99"; "the Musicians' and Actors' Union"; "The X | Media";
  // "By NAME, TV Editor"; "X, Media Editor" beside "Y Media"; "TV & Showbiz"; "quiz X"; "proprietor"; "chief executive
  // of X" for a family firm; "which last night said it"): entities 0.965 (person 0.956, org 0.970), speakers 1.000,
  // alias 0.941, roles 0.919 / 1.000, links 0.920.
  ['the media industry set of round 25 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh73'),
    { entities: 0.955, person: 0.945, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.93, roleRecall: 0.91, rolePrecision: 0.99, crossDocLinks: 0.91, overMerged: 1 }],

  // Two invented darts and snooker pairs of round 25 (test/fixtures/fresh74/README.md): a darts world final won from
  // 3-1 down by a player known by his nickname, told by a national paper's darts writer and a fan website; a snooker
  // 147 and, the next day, a betting-integrity suspension, told by a wire and a snooker website. First run (main at
  // 2f23b2a, no rule changed for it): entities 0.800 (person 0.838, org 0.731), speakers 0.842, roles recall 0.619 /
  // precision 0.765, links 0.636. After the round-25 rules (a nickname with an article in quotation marks inside a
  // name and alone; a word given name before it; initials of a nicknamed player in a results line; pundit, summariser,
  // ref, qualifier, head of integrity; "<X> Bet" and "Sponsors X"; a dateline with region and date; "the statement
  // said" after an unnamed issuer): entities 0.942 (person 0.984, org 0.851), speakers 1.000, roles 1.000 / 0.840,
  // links 0.818.
  ['the darts and snooker set of round 25 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh74'),
    { entities: 0.93, person: 0.975, org: 0.84, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.99, rolePrecision: 0.83, crossDocLinks: 0.8, overMerged: 1 }],

  // Two invented legal-industry and class-action pairs of round 26 (test/fixtures/fresh78/README.md): a London firm and a
  // New York firm merge as a restructuring team leaves for a rival, told by a legal trade publication and a national
  // paper's business pages; a court approves a class-action settlement over an appliance maker's air fryers, told by a
  // wire and a consumer-rights site. First run (main at 0404d65, no rule changed for it; scored against the gold after
  // its two slips were fixed, a given name alone in two quotations and post-nominals listed as roles): entities 0.758
  // (person 0.794, org 0.721), speakers 0.929, roles recall 0.621 / precision 0.905, alias 0.958, links 0.750. After the
  // round-26 rules (firms named after founders before a partner's post, beside an ampersand or LLP firm, after a plural
  // body noun, "trade as" and "to be called"; a firm's first word to the body named most; "Counsel Weekly can reveal";
  // section-path words; "SC"; "PEP"; a legal directory; plaintiff titles; appliance models; "X in <city> said"):
  // entities 0.950 (person 0.962, org 0.941), speakers 1.000, roles 0.655 / 0.952, alias 0.964, links 0.950.
  ['the legal-industry and class-action set of round 26 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh78'),
    { entities: 0.93, person: 0.94, org: 0.92, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.94, roleRecall: 0.63, rolePrecision: 0.93, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented Gaelic games and rugby league pairs of round 26 (test/fixtures/fresh77/README.md): an All-Ireland-style
  // hurling final between two counties, told by a national paper's Gaelic games correspondent and a county weekly; a
  // rugby league cup semi-final red card and the governing body's ban the next day, told by a wire and a fan site.
  // First run (main at 0404d65, no rule changed for it; scored against the gold after its one slip was fixed, a
  // headline's surname): entities 0.825 (person 0.899, org 0.721), speakers 0.952, roles recall 0.657 / precision
  // 1.000, alias 0.774, links 0.690. After the round-26 rules (a scorers line's goals-and-points tallies, initials before
  // Irish surnames, Irish-named bodies and "Naomh" clubs, trophies named after people, "bainisteoir", "All-Star" and rugby
  // league's places and officials, club-form initials "RLFC", a named panel, a broadcaster's programme, a sport before
  // its code): entities 0.941 (person 1.000, org 0.852), speakers 1.000, roles 0.829 / 1.000, alias 0.788, links 0.793.
  ['the Gaelic games and rugby league set of round 26 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh77'),
    { entities: 0.93, person: 0.99, org: 0.84, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.77, roleRecall: 0.81, rolePrecision: 0.99, crossDocLinks: 0.78, overMerged: 1 }],

  // Two invented football transfer-window and club-takeover pairs of round 27 (test/fixtures/fresh81/README.md): a
  // deadline-day record signing, told by a tabloid back page and a club-focused fan site; a consortium's takeover of a
  // club cleared by the league's owners' test, told by a wire and a business paper's sport-finance column. First run
  // (main at 10c9397, no rule changed for it): entities 0.940 (person 0.972, org 0.918), speakers 1.000, alias 0.704,
  // roles recall 0.963 / precision 1.000, links 0.905. After the round-27 rules ("No 9" a shirt sign, a club's town
  // after a verb of buying or selling, the town alone of a club written with and without "FC", a club's plural nickname
  // after the one club named just before it): entities 0.967 (person 1.000, org 0.945), speakers 1.000, alias 0.778,
  // roles 0.963 / 1.000, links 0.905.
  ['the football transfer and takeover set of round 27 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh81'),
    { entities: 0.95, person: 0.99, org: 0.93, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.76, roleRecall: 0.95, rolePrecision: 0.99, crossDocLinks: 0.89, overMerged: 0 }],

  // Two invented rowing and sailing pairs of round 28 (test/fixtures/fresh86/README.md): a university boat race won by a
  // few lengths after a clash of blades and an umpire's ruling, told by a national paper and a rowing website with crew
  // lists by seat and colleges in brackets; an ocean race's leg won by a sponsored boat, with a protest to the jury and a
  // retired boat, told by a sailing magazine with a results table and a news agency. First run (main at 4b52feb, no rule
  // changed for it): entities 0.886 (person 0.963, org 0.789), speakers 0.889, alias 0.828, roles recall 0.488 /
  // precision 0.950, links 0.865. After the round-28 rules (crew posts as titles, colleges in a crew list's brackets,
  // "RC"/"YC" clubs, "X Management" after a title, sailing's country and scoring codes, a course's "Mile Post" and
  // "Steps", a race's name crediting a photographer, a wire slug glued to a name, a nationality of two words, a role
  // before a nationality and a name, "X of the Netherlands said"): entities 0.983 (person 0.995, org 0.970), speakers
  // 0.944, alias 0.892, roles 0.953 / 1.000, links 0.946.
  ['the rowing and sailing set of round 28 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh86'),
    { entities: 0.97, person: 0.98, org: 0.95, quotes: 0.99, speakerAccuracy: 0.93, aliasMerge: 0.87, roleRecall: 0.93, rolePrecision: 0.98, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented diplomatic pairs of round 28 (test/fixtures/fresh87/README.md): a prisoner exchange at Doha airport
  // brokered by Qatar, told by a wire and a Gulf English daily; a Red Sea bloc's foreign ministers end a summit with a
  // joint communiqué after a row over a ceasefire clause, told by a diplomatic newsletter and the host's state agency.
  // First run (main at 4b52feb, no rule changed for it): entities 0.933 (person 0.982, org 0.853), speakers 0.850,
  // roles recall 0.696 / precision 0.951, alias 0.889, links 1.000. After the round-28 rules ("HE"/"H.E." styles
  // before a name, "X's FM, Y," posts, a communiqué's "Member States", a "he" after an unnamed source's sentence, a
  // capitalised "the Spokesperson of the Council, X," and a newsletter's section between bars): entities 0.988
  // (person 1.000, org 0.967), speakers 0.900, roles 0.786 / 0.863 ("H.E." can never match: the scorer drops
  // one-letter tokens), alias 0.889, links 1.000.
  ['the diplomatic set of round 28 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh87'),
    { entities: 0.97, person: 0.98, org: 0.94, quotes: 0.98, speakerAccuracy: 0.88, aliasMerge: 0.86, roleRecall: 0.76, rolePrecision: 0.84, crossDocLinks: 0.98, overMerged: 1 }],

  // Two invented island politics and disaster-relief pairs of round 29 (test/fixtures/fresh89/README.md): a Caribbean
  // prime minister survives a no-confidence motion by one vote after a minister resigns and calls a snap election, told
  // by a regional daily and a broadcaster's website; a cyclone strikes Fiji as regional and foreign relief arrives, told
  // by a Pacific news service and a New Zealand paper. First run (main at 9b6b66d, no rule changed for it): entities
  // 0.877 (person 0.866, org 0.891), speakers 0.947, roles recall 0.694 / precision 0.919, alias 0.833, links 0.778.
  // After the round-29 rules ("PM X" before a name, "X Central" seats and "Parliamentary Representative for X", "Hon."
  // apart from the post before it, a portfolio list after the name, "Chief Elections Officer", "AST", "Follow X News",
  // "Ratu"/"Adi", "the Roko Tui X", a name after a sentence's "At", "TC X", "X Newsline", a masthead in capitals alone on
  // its line, "NH90 helicopter", an air force's craft, "X Isle"): entities 0.968 (person 0.973, org 0.962), speakers
  // 1.000, roles 0.959 / 0.979, alias 0.903, links 0.889.
  ['the island politics and disaster-relief set of round 29 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh89'),
    { entities: 0.95, person: 0.96, org: 0.94, quotes: 0.98, speakerAccuracy: 0.94, aliasMerge: 0.88, roleRecall: 0.93, rolePrecision: 0.95, crossDocLinks: 0.86, overMerged: 1 }],

  // Two invented athletics and swimming pairs of round 29 (test/fixtures/fresh88/README.md): a national championships
  // day with a 100m national record and a women's relay disqualified on a baton-exchange appeal, told by a national
  // paper's athletics correspondent and a specialist website with results tables; a 16-year-old qualifies for the world
  // championships at national swimming trials while a university coach attacks relay selection, told by a wire and a
  // swimming magazine. First run (main at 9b6b66d, no rule changed for it): entities 0.806 (person 0.888, org 0.637),
  // speakers 0.824, roles recall 0.875 / precision 0.913, alias 1.000, links 0.857. After the round-29 rules (clubs
  // ending in AC/Striders/Runners, results marks and event codes in capitals, a table line's status and "X DQ'd", a
  // hyphened surname ending in a word compromise knows only as a famous person, "performance"/"competitions director",
  // "who chaired the jury", a bare quotation after a "His"-opened paragraph): entities 0.978 (person 0.994, org
  // 0.949), speakers 1.000, roles 0.917 / 0.917, alias 1.000, links 1.000.
  ['the athletics and swimming set of round 29 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh88'),
    { entities: 0.96, person: 0.98, org: 0.93, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.89, rolePrecision: 0.89, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented police conduct, watchdog and policing-policy pairs of round 29 (test/fixtures/fresh90/README.md): a
  // constable dismissed for gross misconduct over a group chat's messages and a custody-suite assault, told by a local
  // paper and a national paper; an inspectorate's report on a force's stop and search and the chief constable's
  // response, told by a public broadcaster's website and a policing trade title. First run (main at 9b6b66d, no rule
  // changed for it; scored against the gold after one call was made optional, the national paper's lower-case "Marches
  // police"): entities 0.940 (person 0.990, org 0.870), speakers 1.000, roles recall 0.781 / precision 1.000, alias
  // 0.882, links 0.600. After the round-29 rules (chief officers' initials "CC", "ACC", "T/ACC", "PCC", "HMI" before a
  // name, three-letter rank initials opening a sentence, "Inspectorate of …", "HM Inspector of Policing Standards X", a
  // byline's post after the name on one line, "X Weekly" trade titles, a force after an age, unisex first names before
  // "Mr X", "BWV" and a lone "PCC"): entities 0.982 (person 1.000, org 0.957), speakers 1.000, roles 0.938 / 1.000,
  // alias 1.000, links 0.867.
  ['the police conduct and policing-policy set of round 29 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh90'),
    { entities: 0.96, person: 0.98, org: 0.93, quotes: 0.94, speakerAccuracy: 0.98, aliasMerge: 0.93, roleRecall: 0.9, rolePrecision: 0.97, crossDocLinks: 0.84, overMerged: 0 }],

  // Two invented telecoms, broadband and spectrum pairs of round 30 (test/fixtures/fresh91/README.md): a national
  // operator's day-long network outage that blocks emergency calls, told by a national daily's technology desk and a
  // telecoms trade title; a 5G spectrum auction that raises less than forecast after a bidder withdraws, with a rural
  // coverage obligation, told by a financial news agency and a regional paper. First run (main at 54e4505, no rule
  // changed for it): entities 0.931 (person 0.943, org 0.924), quotes 1.000, speakers 1.000, roles recall 0.963 /
  // precision 0.963, alias 1.000, links 0.769. After the round-30 rules (network parts and standards as letters, an
  // operator's kind as letters alone and before its name, multiword digital portfolios before a minister's name, a
  // rulebook's "General Conditions", "stockbrokers X", a remit's "X and Y" after "Commission for"): entities 0.990
  // (person 1.000, org 0.984), speakers 1.000, roles 1.000 / 1.000, alias 1.000, links 1.000.
  ['the telecoms, broadband and spectrum set of round 30 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh91'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.96, rolePrecision: 0.96, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented international tribunal and war-crimes court pairs of round 30 (test/fixtures/fresh93/README.md): an
  // international tribunal in The Hague convicts a former militia commander over a village massacre and jails him for
  // 22 years, told by a wire and a human-rights news service; a commission of inquiry reports on air strikes and rebel
  // executions in a conflict in Chad, which the government rejects, told by a broadsheet's foreign desk and a legal
  // affairs site with a case name and a pre-trial chamber. First run (main at 54e4505, no rule changed for it): entities
  // 0.934 (person 0.980, org 0.866), speakers 0.958, roles recall 0.914 / precision 0.939, alias 0.875, links 0.938.
  // After the round-30 rules (tribunals, courts and armed movements named "X for (the) Y", a movement's cause with "and"
  // and "in" and its region after it, "Commission of Inquiry on X", "Independent International" left out in one
  // report, a capitals masthead before a title-case section path, "who presided over the trial", a case's party with no
  // appositive, "The three-member X found that …", "Justice" closing a body's cause): entities 0.977 (person 0.990, org
  // 0.959), speakers 1.000, roles 0.943 / 1.000, alias 0.920, links 1.000.
  ['the international tribunal and war-crimes court set of round 30 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh93'),
    { entities: 0.96, person: 0.98, org: 0.93, quotes: 0.98, speakerAccuracy: 0.95, aliasMerge: 0.88, roleRecall: 0.91, rolePrecision: 0.95, crossDocLinks: 0.95, overMerged: 1 }],

  // Two invented public-health outbreak and vaccination pairs of round 30 (test/fixtures/fresh92/README.md): a measles
  // outbreak in an English city's primary schools with a child in intensive care and a catch-up vaccination drive, told
  // by a local paper and a public broadcaster's health correspondent; a single-dose cholera vaccination campaign in
  // southern Malawi with doses from an emergency stockpile, told by an international wire and a global-health site.
  // First run (main at 54e45051, no rule changed for it; scored against the gold after its slips were fixed: two
  // acronyms of a headline and a standfirst left unmarked, four short fragments made optional): entities 0.949 (person
  // 0.974, org 0.933), speakers 1.000, roles recall 0.844 / precision 0.964, alias 0.960, links 1.000. After the round-30
  // rules (a vaccine's initials before "vaccine"/"dose"/"jab", a post's field between "Director of" and "at" a body and
  // after "Title," before ", at" or a byline's line end, funding instruments "… Window", ", according to the ministry,"
  // after a place, a place after a school's "in" or before "and … areas", "who leads the agency's … team",
  // "Mum-of-two X"): entities 0.995 (person 1.000, org 0.991), speakers 1.000, roles 0.969 / 1.000, alias 0.960, links
  // 1.000. Round 33 (r33-rolelinks: a specialist's field of work and the body it is done for, "X covers <field> for
  // <outlet>"): role precision 1.000 -> 0.969, a senior editor's closing line the gold words as the title alone.
  ['the public-health outbreak and vaccination set of round 30 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh92'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.93, roleRecall: 0.93, rolePrecision: 0.96, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented obituary and tributes pairs of round 31 (test/fixtures/fresh96/README.md): a retired engineer-inventor
  // and company founder's death, told by a broadsheet obituaries page and a regional paper's news report; the tributes
  // after a broadcaster-actor's death (a public broadcaster, co-stars, a theatre company, a charity, the agent, a family
  // funeral), told by an entertainment news site and a news agency. First run (main at 16f4332, no rule changed for it):
  // entities 0.939 (person 0.942, org 0.932), quotes 0.985, speakers 1.000, alias 0.952, roles recall 0.569 / precision
  // 0.964, links 0.696. After the round-31 rules (every given name of a family list after a plural kin noun, also as a
  // label with no comma and a name known as a common word before a known first name, with the list's relation as each
  // one's role; "married to X"; greetings opening a quoted tribute; "Before TV" no station; "X Hydraulics", "X
  // Industrie"; "his wife, actress X"; cast nouns; a quoted title after "a tribute edition of"): entities 0.987 (person
  // 0.987, org 0.986), quotes 1.000, speakers 1.000, alias 0.955, roles 0.784 / 1.000, links 0.913.
  ['the obituary and tributes set of round 31 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh96'),
    { entities: 0.97, person: 0.97, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.93, roleRecall: 0.76, rolePrecision: 0.97, crossDocLinks: 0.89, overMerged: 0 }],

  // Two invented energy and utilities pairs of round 33 (test/fixtures/fresh100/README.md): a nuclear power station's
  // reactor restart delayed after the safety regulator's inspectors find cracked pipework (an operating company and its
  // station director, the authority's chief inspector, the energy minister, a union's regional officer, a council
  // leader), told by an energy trade publication and a regional daily; an energy regulator raises the household price
  // cap in the week a small supplier collapses (the regulator's chief executive, the founder, the supplier of last
  // resort, a fuel poverty charity, a debt adviser, a consultancy's analyst), told by a personal-finance website and a
  // business wire. First run (main at 56f65206, no rule changed for it; scored against the gold after one slip was fixed,
  // a body's name directly before "analyst" and "founder" made optional): entities 0.932 (person 0.902, org 0.954),
  // quotes 1.000, speakers 0.973, roles recall 0.968 / precision 0.935, alias 0.950, links 0.750. After the round-33
  // rules (a site's plant by a letter, "X B", no person; a council named for two towns with its tier; a regulator's
  // remit of two subjects; a capitalised "Anchor" opening a name; a coined site name before a breadcrumb; a byline's
  // "| Updated <date>"; a generator without its trade, "X Nuclear" for "X Nuclear Generation"): entities 0.995 (person
  // 1.000, org 0.991), quotes 1.000, speakers 0.973, roles 1.000 / 0.968, alias 1.000, links 0.850.
  ['the energy and utilities set of round 33 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh100'),
    { entities: 0.98, person: 0.98, org: 0.97, quotes: 0.98, speakerAccuracy: 0.95, aliasMerge: 0.98, roleRecall: 0.97, rolePrecision: 0.95, crossDocLinks: 0.83, overMerged: 0 }],

  // Two invented migration and asylum pairs of round 33 (test/fixtures/fresh101/README.md): a small boat carrying
  // migrants capsizes off northern France (a rescue centre, an interior minister, a prefect, a survivor known by a first
  // name, a refugee charity, the Home Office and Border Force, a shadow home secretary), told by a continental wire and
  // a British national paper; an appeal court halts a deportation flight to Iraq (three judges, anonymised claimants
  // "AB" and "CD", barristers and a solicitor, a campaign group, an airline that withdrew), told by a legal news site
  // and a broadcaster's website. First run (main at 56f6520, no rule changed for it; scored against the gold after its
  // slips were fixed: a party word and a possessive "UN" added, "KC" no role, the second claimant's appositive a role):
  // entities 0.925 (person 0.946, org 0.907), quotes 1.000, speakers 0.909, roles recall 0.826 / precision 0.950,
  // alias 0.947, links 0.750. After the round-33 rules (anonymised initials as persons in every use; "Prefecture of X";
  // a body defined by a clause before its name; a charity's common first word opening the sentence; "Court of X"
  // opening a sentence; practice areas after a masthead's bar; "Solicitors" a company head; "the department" for
  // "… Office"; "for the defence" no post; "Lady Justice"; "prefect"): entities 1.000, quotes 1.000, speakers 1.000,
  // roles 1.000 / 1.000, alias 1.000, links 0.875 (left open: a charity called without its last word, "Network", and
  // an airline by its one coined word, in the other report).
  ['the migration and asylum set of round 33 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh101'),
    { entities: 0.98, person: 0.98, org: 0.97, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.97, rolePrecision: 0.97, crossDocLinks: 0.86, overMerged: 0 }],

  // Two invented higher-education and research pairs of round 32 (test/fixtures/fresh99/README.md): a university cuts
  // about 300 jobs and closes a department to close a deficit (a vice-chancellor, a pro-vice-chancellor, a lecturers'
  // union branch balloting for strikes, a students' union president, a regulator, an MP), told by a national paper's
  // education desk and a student newspaper; a research-misconduct finding against a molecular biologist whose papers are
  // retracted (a research integrity office, a journal's editor-in-chief, a postdoctoral whistleblower, a research council,
  // the professor's lawyer), told by a science magazine and a regional daily. First run (main at 8d9958f, no rule changed
  // for it): entities 0.928 (person 0.980, org 0.867), quotes 1.000, speakers 0.909, roles recall 0.932 / precision
  // 0.976, alias 0.962 (over-merged 2), links 0.947. After the round-32 rules ("VC", "PVC", "DVC" as posts; mastheads
  // set apart by a middle dot or a chevron; a field of study for its department; staff unions with two plural
  // possessives; no abbreviation spelt with a word's last letter; an abbreviation defined for a body though it spells a
  // city; "through his lawyer, Y, he said"; "the whistleblower, X"): entities 0.994 (person 1.000, org 0.988), quotes
  // 1.000, speakers 1.000, roles 0.955 / 0.976, alias 1.000 (over-merged 0), links 1.000.
  ['the higher-education and research set of round 32 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh99'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.93, rolePrecision: 0.95, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented defence and armed forces pairs of round 34 (test/fixtures/fresh104/README.md): an army helicopter
  // crashes on a night training exercise, its pilot killed and a service inquiry opened (the regiment's commanding
  // officer, the defence ministry, a military air accident branch, the defence secretary, a families' federation, a
  // local MP, the pilot's wife), told by a defence trade site and a tabloid national; a shipbuilder wins a frigate
  // contract while a rival yard's union says jobs are at risk (the group's chief executive, the procurement minister, a
  // navy chief, a think-tank analyst, the rival's chairman, a council leader, a welder), told by a business daily and a
  // regional paper in the losing yard's town. First run (main at 09201cc, no rule changed for it; scored against the
  // gold after its slips were fixed: three given names inside a quotation marked, "Sir" listed as a role): entities
  // 0.938 (person 0.959, org 0.917), quotes 1.000, speakers 0.964, roles recall 0.953 / precision 1.000, alias 0.926
  // (over-merged 1), links 1.000. After the round-34 rules (a rank after an age adjective, an aircraft type after a
  // one-word service, makers named for their trade, defence sections between bars, "at X's yard", "X's Port Y yard",
  // "its X yard", a pointing paragraph that quotes again, "who commands the <unit>"): entities
  // 1.000, quotes 1.000, speakers 1.000, roles 0.977 / 1.000, alias 0.929 (over-merged 1), links 1.000 (left open:
  // "His wife, Fern," then "Mrs X" with her husband's surname, "The 35-year-old Flight Lieutenant" as a role).
  ['the defence and armed forces set of round 34 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh104'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.9, roleRecall: 0.95, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 1 }],

  // Two invented housing and tenants pairs of round 33 (test/fixtures/fresh102/README.md): a housing ombudsman finds
  // severe maladministration against a housing association over damp and mould in a mum-of-three's flat (the
  // association's chief executive, a deputy ombudsman, a ward councillor, a tenants' union, an environmental health
  // officer), told by a local paper and a social-housing trade magazine; a block's tenants start a rent strike after a
  // developer buys the building and serves notices (the developer's managing director, a letting agent, a renters' union
  // organiser, a council's cabinet member for housing, a law-centre solicitor, a named tenant), told by a city news
  // website and a national paper's property section. First run (main at 56f6520, no rule changed for it): entities 0.928
  // (person 1.000, org 0.860), quotes 1.000, speakers 1.000, roles recall 0.964 / precision 1.000, alias 0.875
  // (over-merged 0), links 1.000. After the round-33 rules (renters' and leaseholders' unions; a developer named after a
  // waterfront site and shortened; "Regulator of …"; "Homes <nation>"; a rating system or a standard abbreviated in
  // parentheses; a grade code after a grading verb; a housing association's first word before its post; an ombudsman
  // with and without "Service"): entities 0.989 (person 1.000, org 0.979), quotes 1.000, speakers 1.000, roles
  // 0.964 / 1.000, alias 1.000, links 1.000 (left open: a city news website named "<town> Now", "policy lead at Y").
  ['the housing and tenants set of round 33 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh102'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.95, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented local government and local elections pairs of round 34 (test/fixtures/fresh105/README.md): a city
  // council's section 151 officer signs a section 114 notice and the minister sends in commissioners (the council
  // leader, the chief executive, the opposition group leader, a union branch secretary, a residents' association chair),
  // told by local-democracy-reporting copy ("Cllr X (Lab, Y ward)") and a national paper (other councils, a think-tank's
  // head of local government finance); a region's mayoral count decided on second preferences after a recount (the
  // returning officer, the winner and the loser, a campaign director, the Electoral Commission, a political scientist),
  // told by a regional broadcaster's live page and a weekly political magazine. First run (main at 09201cc, no rule
  // changed for it; scored against the gold with its one slip fixed, a predicate post): entities 0.960 (person 0.966, org
  // 0.949), quotes 1.000, speakers 1.000, roles recall 0.872 / precision 0.919, alias 0.944 (over-merged 0), links 0.950.
  // After the round-34 rules (the place after "Mayor of"; a body head's plural opening sentences; a party label before
  // "group"; a union before its local branch; a post as the subject of a copula; "X's eight years as"; leading the
  // opposition; "X TV News" as the broadcaster): entities 1.000, quotes 1.000, speakers 1.000, roles 0.949 / 0.949, alias
  // 1.000, links 1.000 (left open: a candidacy read as a role, "as the council's \"section 151 officer\"", "who ran
  // Labour's campaign").
  ['the local government and local elections set of round 34 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh105'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.93, rolePrecision: 0.93, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented lower-league and Scottish/Irish football club pairs of round 35 (test/fixtures/fresh107/README.md): a
  // lower-league club enters administration over a tax bill and is docked 12 points (its owner, two administrators at
  // an accountancy firm, the league's chief executive, a supporters' trust chair, the manager, the local MP), told by a
  // regional evening paper and a national sports desk; a Scottish Cup semi-final between an "X Thistle" and an "X
  // Academical" ends with a manager held back from the referee and the association's compliance officer reviewing the
  // reports, told by a broadsheet's minute-by-minute match report and a tabloid back page. First run (main at 29888678,
  // no rule changed for it): entities 0.893 (person 0.922, org 0.857), quotes 1.000, speakers 0.793, roles recall 0.711
  // / precision 1.000, alias 0.903 (over-merged 1), links 0.880. After the round-35 rules ("X Celtic" clubs, a scorer's
  // minute in brackets, a minute-by-minute event label in capitals, a tabloid's lead name in capitals, a byline's post
  // and outlet after the name, a bare nickname before a verb of the match, "sit" as a club's verb, an aged demonym
  // speaker): entities 0.981 (person 1.000, org 0.955), quotes 1.000, speakers 0.897, roles 0.737 / 1.000, alias 0.879
  // (more mentions found, four entities still split), links 0.960 (left open: "St X" clubs, an owner's "X Estates", a
  // nickname that is a common noun, "Joint administrators X and Y", "Referee: X", descriptions as speakers, "the Thistle
  // manager" for a man called "Boss").
  ['the lower-league and Scottish/Irish football club set of round 35 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh107'),
    { entities: 0.97, person: 0.98, org: 0.94, quotes: 0.98, speakerAccuracy: 0.88, aliasMerge: 0.86, roleRecall: 0.72, rolePrecision: 0.98, crossDocLinks: 0.94, overMerged: 1 }],

  // Two invented US election campaign-trail pairs of round 35 (test/fixtures/fresh106/README.md): a former governor wins
  // a state's presidential primary over a congressman who vows to fight on (campaign managers, a communications
  // director, a super PAC and its founder, a state party chairwoman, a county clerk, a university poll's director, an
  // endorsing senator and congresswoman), told by a wire ("with 87 percent of precincts reporting") and a politics site
  // (nicknames "Ev" and "Cal", an anonymous senior adviser, "Sen. X (D-Ohio)"); a Senate incumbent and her challenger in
  // their only TV debate (the moderators and the station, a fact-check outlet, the attorney general, a union that
  // endorses), told by a local paper and a cable network's website. First run (main at 2988867, no rule changed for it;
  // scored against the gold with its slips fixed, names in headlines and an optional "Senate" before a noun): entities
  // 0.919 (person 0.946, org 0.815), quotes 1.000, speakers 0.909, roles recall 0.919 / precision 0.921, alias 1.000
  // (over-merged 0), links 0.818. After the round-35 rules (a clipped given name or a diminutive; a double-barrelled
  // surname of place words before "said"; "the super PAC founded by"; "Election Day"; "X University Poll"; a brand word
  // and a state; "the Democrat said"; a possessed claim or pledge holding the quotation): entities 0.989 (person 0.995,
  // org 0.963), quotes 1.000, speakers 1.000, roles 0.919 / 0.921, alias 1.000, links 0.909 (left open: a title head
  // opening a body's name, "Forward X"; a masthead's "FNN Politics"; "anchors X and Y"; "who directs the poll";
  // "Republican challenger" read as a role).
  ['the US election campaign-trail set of round 35 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh106'),
    { entities: 0.97, person: 0.98, org: 0.94, quotes: 0.98, speakerAccuracy: 0.97, aliasMerge: 0.98, roleRecall: 0.9, rolePrecision: 0.9, crossDocLinks: 0.88, overMerged: 0 }],

  // Two invented weather, floods and climate-summit pairs of round 36 (test/fixtures/fresh110/README.md): a named storm
  // sends a river over a market town's flood walls and homes are evacuated (a weather service's chief meteorologist, an
  // environment agency's flood duty manager, a county council leader, a fire and rescue service's area manager, two
  // residents named by their given names alone, an insurers' body, a river trust), told by a national broadcaster's live
  // page and a local paper; a UN climate summit ends in a late-night finance deal (the summit president, an island
  // states' bloc chair, an EU climate commissioner, an energy minister, a campaign group's policy director, a think-tank's
  // climate analyst; "COP34", "NDCs"), told by a wire and an environment desk's explainer. First run (main at 3f26900a, no
  // rule changed for it): entities 0.958 (person 0.989, org 0.921), quotes 1.000, speakers 0.967, roles recall 0.970 /
  // precision 1.000, alias 1.000 (over-merged 0), links 0.909. After the round-36 rules (a numbered conference's
  // abbreviation is the meeting; a given name before "of" and a street; a verb's bare form opening a post after a name's
  // comma; an emergency service without its closing "Service" across reports): entities 1.000, quotes 1.000, speakers
  // 1.000, roles 1.000 / 1.000, alias 1.000, links 1.000.
  ['the weather, floods and climate-summit set of round 36 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh110'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented social care, charities and care-home regulation pairs of round 35 (test/fixtures/fresh108/README.md): a
  // care regulator rates a care-home group inadequate and one of its homes closes (the group's chief executive, the
  // regulator's chief inspector of adult social care, a council's director of adult services, relatives named by their
  // given names alone, "whose mother, 91, lived there", the care minister, a providers' association), told by a national
  // broadsheet and a local paper; a children's charity's chief executive resigns over pay and the charity regulator opens
  // a statutory inquiry (the chair of trustees, the interim chief executive, the regulator's head of investigations, a
  // donor, a former trustee, a union's national officer, a board source), told by a third-sector trade weekly and a
  // tabloid. First run (main at 29888678, no rule changed for it): entities 0.963 (person 0.951, org 0.974), quotes
  // 1.000, speakers 0.794, roles recall 0.750 / precision 1.000, alias 0.952 (over-merged 0), links 0.950. After the
  // round-35 rules (a lead's plural noun in capitals; a given name before "whose" and a kin noun; a thing noun as a plural
  // subject's verb, "the accounts show X"; "A <paper head> probe"; "the regulator" for a regulator named "… Office";
  // social care and charity desks after "of"; "with immediate effect"; "builder"): entities 1.000, quotes 1.000,
  // speakers 1.000, roles 0.844 / 1.000, alias 1.000, links 1.000 (left open: the relatives' "whose mother" / "whose
  // father" and "Another relative" as roles; "X, the Y, becomes Z" past a description).
  ['the social care, charities and care-home regulation set of round 35 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh108'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.82, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented airline and aviation industry pairs of round 36 (test/fixtures/fresh109/README.md): an airline cancels
  // hundreds of flights in a pilots' strike (the airline in full, short and by its two-letter code, its chief executive
  // and chief operating officer, the pilots' union and its general secretary, an airport operator's spokeswoman, the
  // aviation regulator, a broker's analyst, a consumer group's travel editor, passengers by given name and age), told by
  // a business desk and a consumer travel site ("According to the airline's website", refunds "of up to €600"); a runway
  // incursion at a regional airport is investigated (a turboprop operator and a business-jet operator, the investigation
  // branch's chief inspector, the airport's managing director, an air traffic control provider, a retired captain, a
  // local MP, an eyewitness), told by a regional paper and an aviation trade title. First run (main at 3f26900a, no rule
  // changed for it; scored against the gold with its one slip fixed, an airport named only as the place of a landing
  // made optional as in fresh62): entities 0.983 (person 1.000, org 0.968), quotes 1.000, speakers 0.906, roles recall
  // 1.000 / precision 1.000, alias 0.955 (over-merged 0), links 0.900. After the round-36 rules ("<place words> Air";
  // a title word inside a firm's name before its head; "managing director of X Airport"; aviation letters "AGL";
  // "X Flight Ops"; "The words of X, who …"; "According to the airline's website"): entities 1.000, quotes 1.000,
  // speakers 1.000, roles 1.000 / 1.000, alias 0.960, links 0.950 (left open: the airline's code "BV" after "flies
  // under the code" kept apart from the airline).
  ['the airline and aviation industry set of round 36 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh109'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.94, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented elections-abroad pairs of round 37 (test/fixtures/fresh112/README.md): a parliamentary election in an
  // invented European country ends with no majority (five parties in full, by initials, by their plural and by
  // adjective; a prime minister seeking a fourth term, the election commission's chairwoman, a political scientist, an
  // exit-poll firm, voters in a town square), told by a wire service and a paper's foreign desk; coalition talks collapse
  // six weeks later (the president, an informateur, the outgoing finance minister, a union confederation, a business
  // lobby, a budget gap of "€4.2bn" against "more than €4 billion"), told by a broadcaster's live page and a weekly. First
  // run (main at 25da4ed0, no rule changed for it; scored against the gold with its slips fixed: three bodies before a
  // noun made optional, a mayor's apposition role added): entities 0.959 (person 1.000, org 0.917), quotes 1.000,
  // speakers 0.935, roles recall 0.810 / precision 1.000, alias 0.974 (over-merged 0), links 0.826. After the round-37
  // rules (a party's members' plural beside its full name, "the Liberals" / "Liberal Alliance"; a legislature's head alone
  // after "the"; "informateur"; "coalition talks" after a country; "blamed"): entities 0.992, quotes 1.000, speakers
  // 0.968, roles 0.833 / 1.000, alias 1.000, links 0.826 (left open: "the Assembly" of two reports kept apart from the
  // other's "National Assembly"; "the Liberals" with no full name in the article; "he said" after "her spokesman, X,").
  ['the elections-abroad and coalition-talks set of round 37 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh112'),
    { entities: 0.98, person: 0.98, org: 0.97, quotes: 0.98, speakerAccuracy: 0.95, aliasMerge: 0.98, roleRecall: 0.82, rolePrecision: 0.98, crossDocLinks: 0.8, overMerged: 0 }],

  // Two invented shipping, ports and dockworkers pairs of round 36 (test/fixtures/fresh111/README.md): a 14,200 TEU
  // container ship runs aground and blocks a port's approach channel (the shipping line and its chief operating officer,
  // the port authority's harbour master, the coastguard, a salvage firm and its managing director, a freight forwarders'
  // association, the maritime safety agency, a publican), told by a shipping trade paper and a national paper; dockers
  // strike at a port operator over a 6.5% ("7 per cent") offer (the union's general secretary and regional organiser, the
  // operator's chief executive and its parent group, a logistics firm's founder, the transport secretary, an arbitration
  // service, a crane driver and lorry drivers named by their given names), told by a business paper and a union-friendly
  // site. First run (main at 3f26900a, no rule changed for it; scored against the gold with its slip fixed, the operator's
  // name in a headline): entities 0.886 (person 0.921, org 0.863), quotes 1.000, speakers 0.938, roles recall 0.913 /
  // precision 0.955, alias 0.947 (over-merged 0), links 0.867. After the round-36 rules (salvors', tug and terminal
  // operators' and stevedores' trade words; "<word> Shipping Line"; "& <trade word>" closing a firm's name; ship units
  // in capitals; a port body's town alone; a port's channel in a sentence about a ship; "An" before initials; a given
  // name before "a haulier"): entities 1.000, quotes 1.000, speakers 1.000, roles 0.957 / 1.000, alias 1.000, links 1.000
  // (left open: "who drives for a Leeds firm" read as a post).
  ['the shipping, ports and dockworkers set of round 36 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh111'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.92, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented schools and exams pairs of round 37 (test/fixtures/fresh114/README.md): an exam board's mark-scheme
  // fault cuts A-level chemistry grades on results day (the board in full and by initials and its chief executive, the
  // exams regulator and its chief regulator, a headteachers' union's general secretary, a multi-academy trust's chief
  // executive, the education secretary, a sixth-former named by his given name and age, his mother), told by a national
  // paper ("28.4 per cent") and an education trade site ("28%"); a council-run secondary is put into special measures
  // (the inspectorate and its regional director, the head, the chair of governors, the council's director of children's
  // services, an academy sponsor and its chief executive, a teaching union's branch secretary, a parents' action group),
  // told by a local paper and a governance newsletter. First run (main at 25da4ed0, no rule changed for it; scored against
  // the gold with its slip fixed, a three-word fragment made optional): entities 0.953 (person 1.000, org 0.917), quotes
  // 1.000, speakers 1.000, roles recall 0.935 / precision 1.000, alias 0.950 (over-merged 0), links 0.958. After the
  // round-37 rules (a letter glued to a lower-case word and "AS-level" are no bodies; a members' plural possessive before
  // "Action Group"; "X High" for "X High School"; a parents' group named after its school; "chief regulator"): entities
  // 1.000, quotes 1.000, speakers 1.000, roles 1.000 / 1.000, alias 0.950, links 1.000 (left open: a school's first word
  // alone beside "X High", kept apart as the town of a town-named high school).
  ['the schools and exams set of round 37 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh114'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.94, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented motorsport pairs of round 37 (test/fixtures/fresh113/README.md): a grand prix winner on the road loses
  // the win to a five-second time penalty (teams named by sponsor and constructor, "Halden Arkwright Racing", "Arkwright",
  // "Halden"; team principals, race engineers over team radio, the governing body and its stewards' decision, a tyre
  // supplier's motorsport director, a former world champion turned pundit), told by a sports wire and a motorsport
  // magazine; a family-owned team is sold to an investment group for about £400m ("$510 million") and renamed (the
  // group's chief executive, the founder and his nickname, a sporting director, a driver academy, a circuit owner, a
  // broker's analyst), told by a business paper and a fan site. First run (main at 25da4ed0, no rule changed for it):
  // entities 0.844 (person 0.929, org 0.676), quotes 1.000, speakers 0.875, roles recall 0.833 / precision 0.952, alias
  // 0.963 (over-merged 0), links 0.792. After the round-37 rules (a racing team's sponsor or constructor word alone; a
  // company's place-worded opening that acts; "P3", "FP2", "Q1" as no body; a post ending in a body's trade noun before
  // its name; a pointing sentence cut at its colon; a nationality speaker read in the sentence before the quotation;
  // "step down as"; "Piers"): entities 0.921 (person 0.957, org 0.857), quotes 1.000, speakers 0.938, roles
  // 0.833 / 1.000, alias 0.963, links 0.792 (left open: the magazine's team names with no full name in its report, a
  // nickname "Big Al", the renamed team "Kestrel Bay Pellworth", "Grevin's motorsport director").
  ['the motorsport set of round 37 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh113'),
    { entities: 0.9, person: 0.93, org: 0.83, quotes: 0.98, speakerAccuracy: 0.9, aliasMerge: 0.94, roleRecall: 0.8, rolePrecision: 0.98, crossDocLinks: 0.77, overMerged: 0 }],

  // Two invented farming and rural affairs pairs of round 34 (test/fixtures/fresh103/README.md): bird flu is confirmed on
  // a 38,000-hen laying unit and a protection zone declared (the firm and its owner, the chief veterinary officer, a
  // ministry by full name and initials, a farmers' union's poultry board chairman, a county council's trading standards,
  // a neighbouring egg producer), told by a farming weekly and a county daily; farmers drive about 300 tractors into a
  // city centre over a cut to a land payment and the farming minister meets them (a protest group and its founder, a
  // landowners' body's president, a young farmer named in full and by her given name alone, a police superintendent, an
  // agricultural economist), told by a national paper and a rural broadcaster's website. First run (main at 09201ccc,
  // no rule changed for it): entities 0.971 (person 0.976, org 0.964), quotes 1.000, speakers 0.939, roles recall
  // 1.000 / precision 0.929, alias 1.000 (over-merged 0), links 0.778. After the round-34 rules (farming trade nouns
  // ending a firm's name, a virus subtype's code, a campaign named "<cause> for <whom>", a word only the tagger reads as
  // a place inside a body's name before "and", a given name alone before ", from <farm>,", a comma inside a ministry's
  // name after "a spokeswoman for"): entities 1.000, quotes 1.000, speakers 1.000, roles 1.000 / 0.929, alias 1.000,
  // links 1.000 (left open: "who studies … at <university>" and "who owns the firm" read as posts, no roles in the gold).
  ['the farming and rural affairs set of round 34 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh103'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.98, rolePrecision: 0.9, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented consumer-electronics product recall and launch pairs of round 31 (test/fixtures/fresh94/README.md): a
  // phone maker recalls its best-selling model after battery fires traced to one supplier's cells, told by a
  // consumer-technology site and a business daily with the share price and brokers' analysts; a games and smart-home
  // company's launch keynote with a console, a hub and a camera feature a privacy group objects to, told by a live blog
  // turned report and a wire. First run (main at 16f4332e, no rule changed for it; scored against the gold after its
  // slips were fixed: three three-word fragments made optional, two "Name (INITIALS)" spans split in two): entities 0.909
  // (person 0.932, org 0.889), quotes 0.984, speakers 0.833, roles recall 1.000 / precision 0.958, alias 1.000, links
  // 0.938. After the round-31 rules (graded model names "6 Pro Max" and "X Lite", model codes "NS6P"-like, a model before
  // "games console", a maker's "Showcase", "she said" after the writer's own question, "the company said" after "Shares
  // in X", a title "from partner studio X"): entities 0.966 (person 1.000, org 0.936), quotes 1.000, speakers 0.933,
  // roles 1.000 / 1.000, alias 1.000, links 0.938 (left open: a feature's name in common words after "said", a
  // newcomer brought in as a complement the paragraph before "she said", a retail chain's bare name).
  ['the consumer-electronics recall and launch set of round 31 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh94'),
    { entities: 0.95, person: 0.98, org: 0.92, quotes: 0.98, speakerAccuracy: 0.92, aliasMerge: 0.98, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.92, overMerged: 0 }],

  // Two invented international and women's football pairs of round 31 (test/fixtures/fresh95/README.md): a national
  // team's head coach sacked by an invented federation after a World Cup qualifying defeat, a caretaker named, told by a
  // tabloid sports desk and a broadsheet with a former international as pundit; a women's continental club final won in
  // extra time, a coach before the disciplinary panel and a broadcaster's viewing figures, told by a club-focused
  // regional paper and a wire agency with clubs in brackets after players. First run (main at 16f4332, no rule changed
  // for it; scored against the gold after one slip was fixed, a supporters' group's short name before "lot" made
  // optional): entities 0.910 (person 0.943, org 0.840), quotes 1.000, speakers 0.943, roles recall 0.878 / precision
  // 0.973, alias 0.914 (over-merged 1), links 0.900. After the round-31 rules (a Catalan club's "Atlètic", a market
  // square's "Markt" and an Iberian "Estadio", "Broadcaster X", a name after "19-year-old", a byline's post after the
  // comma, a paper and a club named after one town kept apart, "X heads Y" as a verb, a nickname "to the terraces",
  // "dismissed X as"): entities 0.972 (person 1.000, org 0.911), quotes 1.000, speakers 0.943, roles 0.927 / 0.974,
  // alias 0.944 (over-merged 0), links 0.967. Round 35 (r35-clubs): alias 0.917, as a club's bare nickname opening a
  // sentence before a verb of the match (an optional gold mention) is now found but keeps its own id.
  ['the international and women\'s football set of round 31 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh95'),
    { entities: 0.95, person: 0.98, org: 0.88, quotes: 0.98, speakerAccuracy: 0.92, aliasMerge: 0.9, roleRecall: 0.9, rolePrecision: 0.95, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented North American professional sports (basketball and ice hockey) pairs of round 32
  // (test/fixtures/fresh97/README.md): a basketball franchise trades its star guard and fires its head coach on the same
  // day, told by the team city's paper (beat writer, first names, a nickname) and a national sports website (statistics,
  // league sources, a network's podcast); an ice-hockey play-off game decided in double overtime by a goal upheld after
  // a video review, told by a wire agency (teams by their towns) and the losing city's tabloid (nicknames, "the Wolves
  // skipper"). First run (main at 8d9958f, no rule changed for it; scored against the gold after one slip was fixed, a
  // team's town before "staff" made optional): entities 0.955 (person 0.979, org 0.900), quotes 1.000, speakers 0.853,
  // roles recall 0.780 / precision 1.000, alias 0.919, links 0.875. After the round-32 rules (ice hockey's and
  // basketball's words as sports words, "OT" and penalty minutes no body, a town-named paper's capitals masthead, "ship
  // X to Y" no vessel, "the big Swede" / "the veteran guard" after a quotation, a clipped surname with a pet ending, a
  // possessive closing a sentence, hyphenated paper heads, a known town joining the team it opens): entities 0.985
  // (person 1.000, org 0.949), quotes 1.000, speakers 1.000, roles 0.780 / 1.000, alias 1.000, links 0.958. Open: "guard"
  // alone as a post ("four-time All-Star guard X"), "forwards X and Y", a one-word outlet that is a common word
  // ("Baseline"), a team's town as a place after "in"/"from" in a document that uses it for the team.
  ['the North American professional sports set of round 32 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh97'),
    { entities: 0.97, person: 0.98, org: 0.93, quotes: 0.98, speakerAccuracy: 0.97, aliasMerge: 0.97, roleRecall: 0.76, rolePrecision: 0.97, crossDocLinks: 0.94, overMerged: 0 }],

  // Two invented prisons, probation and justice-system pairs of round 32 (test/fixtures/fresh98/README.md): a prisons
  // inspectorate's critical report on a jail (the chief inspector, the governor, an officers' union, a ministry
  // spokesperson, a penal-reform charity, a local MP, a bereaved mother), told by a broadsheet's home-affairs desk and a
  // regional daily; a robber's escape from his escort during a hospital visit and his recapture after a two-day
  // manhunt, told by a tabloid and a local public broadcaster's website. First run (main at 8d9958f, no rule changed for
  // it): entities 0.943 (person 0.976, org 0.909), quotes 1.000, speakers 0.960, roles recall 0.714 / precision 0.957,
  // alias 1.000, links 0.864. After the round-32 rules ("Det Ch Supt X" one rank, a category letter before "HMP X",
  // "HMP"/"HMYOI" opening a jail's name, "MoJ"-style department initials, a paper named short before "can reveal",
  // national charities by one word, a relative clause's object with its own appositive not the speaker, crime and
  // prisons labels as lower-case title heads): entities 0.994 (person 1.000, org 0.988), quotes
  // 1.000, speakers 1.000, roles 0.893 / 1.000, alias 1.000, links 0.955.
  ['the prisons, probation and justice-system set of round 32 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh98'),
    { entities: 0.97, person: 0.98, org: 0.97, quotes: 0.98, speakerAccuracy: 0.96, aliasMerge: 0.98, roleRecall: 0.86, rolePrecision: 0.96, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented philanthropy and non-profit pairs of round 27 (test/fixtures/fresh83/README.md): a billionaire couple's
  // foundation pledges a record gift to a university that names a school, a building and a chair after them, told by the
  // university's news office and a national paper; a national charity's chief executive resigns over a fundraising
  // scandal as the charity regulator opens an inquiry, told by a charity-sector trade title and a tabloid. First run
  // (main at 10c9397, no rule changed for it; scored against the gold after its slips were fixed: honorifics listed as
  // roles, the school's former name, a department optional): entities 0.901 (person 0.956, org 0.844), speakers 1.000,
  // roles recall 0.774 / precision 0.930, alias 0.773, links 0.737. After the round-27 rules (scholarships, bursaries,
  // lectures and appeals named after people; endowed chairs "the first X Professor of Y"; a given name alone beside a
  // foundation named after its bearer; a university's first word beside its founder's surname; command-named charities
  // after "runs", in title case, before "whose" or a post's title noun, and ending in a place noun): entities 0.960
  // (person 0.991, org 0.931), speakers 1.000, roles 0.774 / 0.909, alias 0.826, links 0.895.
  ['the philanthropy and non-profit set of round 27 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh83'),
    { entities: 0.94, person: 0.97, org: 0.91, quotes: 0.97, speakerAccuracy: 0.99, aliasMerge: 0.8, roleRecall: 0.75, rolePrecision: 0.88, crossDocLinks: 0.87, overMerged: 0 }],

  // Two invented utilities regulation and competition pairs of round 28 (test/fixtures/fresh84/README.md): a regional
  // water company fined a record sum by the environment regulator for years of sewage spills into a river and onto
  // bathing beaches, told by a regional daily and a utilities trade title; a competition authority blocks a merger of
  // two mobile networks after a long inquiry, told by a financial paper and a news agency. First run (main at 4b52feb,
  // no rule changed for it): entities 0.921 (person 0.886, org 0.935), speakers 0.958, alias 0.926, roles recall 0.917 /
  // precision 0.957, links 0.955. After the round-28 rules (beaches, coves, reservoirs and treatment works as places,
  // also a possessive name before one, "Lady X's Cove", and a site's name without its head; a river's word alone not a
  // group's short form; a group's plural after "the"; a water company's brand and licensed company's legal name, its
  // first word beside its holding company; a regulator's "penalty" no sports word far from a name; the FTSE index; a
  // company head opening a sentence before a singular noun): entities 0.988 (person 1.000, org 0.983), speakers 0.958,
  // alias 1.000, roles 0.917 / 1.000, links 1.000.
  ['the utilities regulation and competition set of round 28 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh84'),
    { entities: 0.97, person: 0.98, org: 0.96, quotes: 0.98, speakerAccuracy: 0.94, aliasMerge: 0.97, roleRecall: 0.89, rolePrecision: 0.97, crossDocLinks: 0.97, overMerged: 0 }],

  // Two invented search-and-rescue pairs of round 28 (test/fixtures/fresh85/README.md): four students trapped by a
  // flash flood in a cave brought out by volunteer cave and mountain rescue teams, divers and a fire service under a
  // police Gold commander, told by a regional paper and a broadcaster's news site; a charity's rescue ship named after a
  // person refused a port by a port authority, told by a wire and a humanitarian magazine's on-board dispatch. First run
  // (main at 4b52feb, no rule changed for it): entities 0.833 (person 0.791, org 0.883), speakers 0.882, alias 1.000,
  // roles recall 0.731 / precision 0.950, links 0.789. After the round-28 rules (ships named after people after a ship's
  // prefix, in apposition to a boat's noun, or after "the" with nothing after the name; rescue teams by their kind's
  // initials and "X and District" bodies; "X Rescue" charities; a nationality and noun before a body's abbreviated name;
  // rescuers' trades before a name; a child's age in words; "gave her name only as X"): entities 0.963 (person 0.950,
  // org 0.976), speakers 1.000, alias 1.000, roles 0.769 / 0.952, links 0.842.
  ['the search-and-rescue set of round 28 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh85'),
    { entities: 0.94, person: 0.93, org: 0.95, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.74, rolePrecision: 0.92, crossDocLinks: 0.82, overMerged: 0 }],

  // Two invented automotive industry pairs of round 26 (test/fixtures/fresh79/README.md): a car maker's brake-fault recall
  // after a regulator's investigation, told by a wire and a motoring magazine; an electric-truck start-up's bankruptcy and
  // a rival buying its factory, told by a business paper and a car-enthusiast site. First run (main at 0404d65, no rule
  // changed for it): entities 0.748 (person 0.710, org 0.777), speakers 1.000, alias 1.000, roles recall 0.750 /
  // precision 1.000, links 0.833. After the round-26 rules (car models before a body style or after a model year, a
  // capitals title opening a sentence, a company named after its "Mr X" founder, an owners' club, a section path's "&"
  // label, "<goods> maker X", "X Insight"): entities 0.955 (person 0.958, org 0.953), speakers 1.000, alias 1.000, roles
  // 0.800 / 1.000, links 1.000.
  ['the automotive industry set of round 26 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh79'),
    { entities: 0.94, person: 0.94, org: 0.94, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.78, rolePrecision: 0.99, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented archaeology, museum and heritage pairs of round 27 (test/fixtures/fresh80/README.md): a detectorist's
  // Roman hoard declared treasure at an inquest with a town museum bidding for it, told by a regional evening paper and an
  // archaeology magazine; a national museum's trustees voting to return looted bronzes with a culture ministry's
  // delegation, told by a wire and an arts weekly. First run (main at 10c9397, no rule changed for it): entities 0.881
  // (person 0.846, org 0.911), speakers 1.000, alias 1.000, roles recall 0.933 / precision 0.667, links 0.857; against the
  // gold after its three slips were fixed (Dr/Prof roles, a name inside a quotation, a headline's short form): entities
  // 0.891 (person 0.857, org 0.919), roles 0.949 / 0.881. After the round-27 rules (finds named after places, era
  // abbreviations beside years, traditional rulers' titles, partners' firms after a trade title, "and"/"&" links, Oceania):
  // entities 0.981 (person 0.979, org 0.983), speakers 1.000, alias 1.000, roles 1.000 / 0.929, links 1.000.
  ['the archaeology, museum and heritage set of round 27 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh80'),
    { entities: 0.96, person: 0.96, org: 0.96, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.97, rolePrecision: 0.9, crossDocLinks: 0.99, overMerged: 0 }],

  // Two invented winter-sport and endurance-running pairs of round 27 (test/fixtures/fresh82/README.md): a World Cup
  // downhill won from bib 41 while the overall leader crashes, told by a national paper's ski correspondent and the ski
  // federation's results site; a marathon course record and the next day's protest over the winner's shoes, told by a
  // wire and a running magazine. First run (main at 10c9397, no rule changed for it): entities 0.785 (person 0.849, org
  // 0.675), speakers 0.813, alias 1.000, roles recall 0.688 / precision 0.917, links 0.727. After the round-27 rules (a
  // race named by its race noun, a course named after a person, "Runner-up X", ranked results lines written surname
  // first with nation codes and status labels, agency-first picture credits, an unknown given name of a three-word
  // name): entities 0.922 (person 0.986, org 0.789), speakers 0.875, alias 1.000, roles 0.688 / 0.917, links 0.818.
  ['the winter-sport and endurance-running set of round 27 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh82'),
    { entities: 0.91, person: 0.97, org: 0.77, quotes: 0.99, speakerAccuracy: 0.86, aliasMerge: 0.99, roleRecall: 0.67, rolePrecision: 0.9, crossDocLinks: 0.8, overMerged: 0 }],

  // Two invented cybersecurity and data-breach pairs of round 25 (test/fixtures/fresh75/README.md): a ransomware gang's
  // attack on a hospital group, told by a national paper's technology correspondent and a security news site; a telecoms
  // company's exposed customer database and the privacy regulator's inquiry, told by a wire and a consumer-affairs site.
  // First run (main at 2f23b2a, no rule changed for it; scored against the gold after its one slip was fixed, a headline's
  // short form of the victim): entities 0.885 (person 0.862, org 0.893), speakers 0.923, roles
  // recall 0.714 / precision 1.000, alias 0.947, links 0.846. After the round-25 rules (a gang before "ransomware gang",
  // "calling itself X", "tracks X as Y", ", a crew"; malware and hardware names as things; technology abbreviations; a
  // capitalised handle; given names the lexicon knows as places; a weekday before a one-word name; a headline's short
  // form of a company): entities 0.977 (person 1.000, org 0.969), speakers 0.923, roles 0.810 / 1.000, alias 0.905,
  // links 0.923.
  ['the cybersecurity and data-breach set of round 25 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh75'),
    { entities: 0.96, person: 0.99, org: 0.95, quotes: 0.99, speakerAccuracy: 0.9, aliasMerge: 0.88, roleRecall: 0.79, rolePrecision: 0.99, crossDocLinks: 0.9, overMerged: 0 }],

  // Two invented chess and poker pairs of round 26 (test/fixtures/fresh76/README.md): the decisive last game of a world
  // chess championship match, told by a national paper's chess column and a chess news site with live notes; a poker
  // main event's final table and the casino operator's collusion inquiry the next day, told by a wire and a poker trade
  // site. First run (main at 0404d65, no rule changed for it): entities 0.920 (person 0.944, org 0.870), speakers 0.864,
  // roles recall 0.364 / precision 0.857, alias 0.962, links 0.750. After the round-26 rules (chess titles in capitals
  // before a name, moves in algebraic notation, gambits and variations, "user x_99" handles, a handle quoted inside a
  // name, "chief arbiter", "Canadian pro", "grinder", "head of poker"): entities 0.948 (person 0.973, org 0.896),
  // speakers 0.864, roles 0.818 / 0.931, alias 0.962, links 0.938.
  ['the chess and poker set of round 26 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh76'),
    { entities: 0.93, person: 0.96, org: 0.88, quotes: 0.99, speakerAccuracy: 0.85, aliasMerge: 0.95, roleRecall: 0.8, rolePrecision: 0.91, crossDocLinks: 0.9, overMerged: 0 }],

  // Two invented pharmaceutical and biotech pairs of round 25 (test/fixtures/fresh72/README.md): a regulator approves a
  // blood-pressure pill its advisory committee voted against, told by a business daily's pharma correspondent and a
  // trade newsletter; a biotech's Alzheimer's trial fails and its chief executive leaves, told by a wire and a dementia
  // charity's health-news site. First run (main at 2f23b2a, no rule changed for it; four unmarked gold mentions fixed):
  // entities 0.907 (person 0.917, org 0.901), speakers 1.000, alias 0.905, roles recall 0.788 / precision 0.963, links
  // 0.833. After the round-25 rules (medicines' INN stems and brand appositives, eponymous conditions, "<word> Bio" and
  // "Seiyaku", PDUFA and WAC, "(SIX: …)" tickers, a reviewer's credit in a byline, a workplace's town, "whose husband X",
  // a broker's short name across reports): entities 0.990 (person 0.986, org 0.993), speakers 1.000, alias 1.000, roles
  // 0.970 / 1.000, links 0.944.
  ['the pharmaceutical and biotech set of round 25 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh72'),
    { entities: 0.98, person: 0.975, org: 0.98, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.96, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented golf and professional cycling pairs of round 24 (test/fixtures/fresh71/README.md): a golf major won in a
  // play-off, told by a broadsheet's golf correspondent and a wire; a mass crash on a grand-tour stage and the race
  // jury's ruling, told by a cycling magazine and a national paper's sports desk. First run (main at c4ff483, no rule
  // changed for it; annotation slips fixed: "Dr" and a rider's discipline are roles): entities 0.844 (person 0.894,
  // org 0.687), speakers 0.920, roles recall 0.636 / precision 1.000, links 0.640. After the round-24 rules (spelt-out
  // race times and "s.t." in results lines, a rider's country glued to its bracket, country short forms in brackets;
  // "Park Ji-hoon"; "the X Course"; caddie, directeur sportif, jury president; "the Dane said"; caption and
  // "Photography:" credits; a desk's byline; a stage town after "in"; "Team X-Y and Z"; a professional tour): entities
  // 0.965 (person 0.972, org 0.946), speakers 0.920, roles 0.955 / 1.000, links 0.880.
  ['the golf and cycling set of round 24 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh71'),
    { entities: 0.955, person: 0.965, org: 0.93, quotes: 0.99, speakerAccuracy: 0.91, aliasMerge: 0.88, roleRecall: 0.94, rolePrecision: 0.99, crossDocLinks: 0.87, overMerged: 0 }],

  // Two invented Olympic-sport governance and anti-doping pairs of round 23 (test/fixtures/fresh67/README.md): a sprinter
  // banned for whereabouts failures, told by an athletics site and a national paper's sports desk; a swimming body's
  // board resigning over a safeguarding review, told by a wire and a broadcaster's site. First run (main at f749cb7, no
  // rule changed for it): entities 0.918 (person 0.937, org 0.894), speakers 0.952, roles recall 0.786 / precision
  // 1.000, links 0.750. After the round-23 rules (a nationality noun before a name; "Olympian X" and medal modifiers;
  // members' plural possessives and "Voice" in bodies' names; "Unit"; intercapped brands; "which brands itself";
  // sporting events; "<X> Press" after a tagger's place; "<Sport> <Country>"): entities 0.990 (person 1.000, org 0.978),
  // speakers 0.952, roles 0.893 / 1.000, links 0.917.
  ['the Olympic-sport governance set of round 23 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh67'),
    { entities: 0.98, person: 0.99, org: 0.96, quotes: 0.99, speakerAccuracy: 0.94, aliasMerge: 0.99, roleRecall: 0.88, rolePrecision: 0.99, crossDocLinks: 0.9, overMerged: 0 }],

  // Two invented housing, property and construction pairs of round 24 (test/fixtures/fresh70/README.md): a fire-safety
  // inquiry into a block's cladding hears a housebuilder's director and a council officer, told by a national paper and
  // a building trade title; a government inspector allows a planning appeal for a large estate after a village
  // campaign, told by a local weekly and a property-market newsletter. First run (r24-housing at c8ee6f9, no rule changed
  // for it): entities 0.823 (person 0.805, org 0.841), speakers 0.889, roles recall 0.967 / precision 1.000 (once the
  // annotation slip was fixed: "Sir", "Cllr", "Dr" and "who runs X" are roles), alias 1.000, links 0.875. After the
  // round-24 rules (blocks, estates and streets named after people; construction and property trade heads; "estate
  // agents X"; professional letters after a name; a given name before ", who"; "X DC"; building abbreviations; a source
  // credit line; a headline's quotation repeated as a fragment): entities 0.970 (person 0.986, org 0.958), speakers
  // 1.000, alias 0.952, roles 0.967 / 1.000, links 0.938.
  ['the housing, property and construction set of round 24 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh70'),
    { entities: 0.96, person: 0.97, org: 0.94, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.94, roleRecall: 0.95, rolePrecision: 0.99, crossDocLinks: 0.93, overMerged: 0 }],

  // Two invented crypto and fintech pairs of round 24 (test/fixtures/fresh69/README.md): an exchange freezes withdrawals
  // and its founder is detained abroad, told by a financial daily and a crypto news site; a payments start-up's licence
  // is suspended after a breach, told by a fintech newsletter and a Sunday paper's consumer column. First run (main at
  // c4ff483, no rule changed for it): entities 0.814 (person 0.899, org 0.776), speakers 0.667, roles recall 0.826 /
  // precision 1.000, links 0.800. After the round-24 rules (tickers a token noun names; "the DAO", "<Name>DAO";
  // lower-case screen names and brands in every bare use; lower-camel brands; data vendors; "… Images"; "the payments
  // giant X"; the person of "X of the <town> firm Y" and of "who posts as X"): entities 0.965 (person 0.986, org 0.955),
  // speakers 0.952, roles 0.870 / 1.000, links 0.933.
  ['the crypto and fintech set of round 24 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh69'),
    { entities: 0.95, person: 0.97, org: 0.94, quotes: 0.99, speakerAccuracy: 0.94, aliasMerge: 0.99, roleRecall: 0.86, rolePrecision: 0.99, crossDocLinks: 0.92, overMerged: 0 }],

  // Two invented books and music industry pairs of round 20 (test/fixtures/fresh52/README.md): a debut novelist wins a
  // fiction prize, told by a books-trade magazine and a national paper's culture pages; a band reunites for its debut
  // album's anniversary, told by a music magazine and a regional evening paper. First run (main at e725aba, no rule
  // changed for it): entities 0.843 (person 0.983, org 0.642), speakers 0.964, roles recall 0.838 / precision 1.000,
  // links 0.739. After the round-20 rules (titles after "the singles" and before "by the <word> X";
  // "bookseller", "buyer" posts; "X Books" and "X Music" bodies; section labels no short form): entities 0.896
  // (person 1.000, org 0.759), roles 0.892 / 1.000, links 0.783.
  ['the books and music industry set of round 20 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh52'),
    { entities: 0.89, person: 0.995, org: 0.75, quotes: 0.99, speakerAccuracy: 0.96, aliasMerge: 0.99, roleRecall: 0.88, rolePrecision: 0.99, crossDocLinks: 0.78, overMerged: 0 }],

  // Two invented pairs of 1990s-style agency wire copy of round 20 (test/fixtures/fresh49/README.md): a ten-man side
  // holding the league leaders, told by two agencies with results blocks; a finance minister's resignation in a coalition
  // row abroad, told by the same two agencies. First run (main at e725aba, no rule changed for it): entities 0.957
  // (person 0.963, org 0.948), speakers 0.864, roles recall 0.914 / precision 0.970, links 0.917. After the round-20
  // rules (a score's label no side, "X IF"/"X BK" clubs, a Slavic "Banka", a town owning the workplace after "at", an
  // "captain"/"skipper" one office, "the statement said" after "…, X said in a statement"):
  // entities 0.975 (person 0.969, org 0.983), speakers 1.000, roles 0.914 / 0.970, links 0.958.
  ['the agency wire set of round 20 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh49'),
    { entities: 0.97, person: 0.965, org: 0.98, quotes: 0.99, speakerAccuracy: 0.99, aliasMerge: 0.99, roleRecall: 0.91, rolePrecision: 0.965, crossDocLinks: 0.95, overMerged: 0 }],

  // Two invented space launch and satellite pairs of round 38 (test/fixtures/fresh116/README.md): a launch company's
  // third rocket breaks up 38 seconds ("around 40 seconds") after lift-off from a spaceport on Scotland's north coast,
  // destroying a start-up's eight (nine) satellites, and the regulator grounds it (the company in full, by its first word
  // and by initials, its chief executive and chief engineer, the customer's chief executive, the spaceport operator and
  // its managing director, the regulator and its director of spaceflight, an analyst), told by a wire and a space trade
  // site; a satellite broadband operator wins a $1.2 billion ("$1.18 billion") outback contract and the losing incumbent
  // protests (the department, the minister, the space office and its head, an industry council's chair, a senator, a
  // shire mayor, a grazier), told by a national and a regional paper. First run (main at 0d7fd36c, no rule changed for
  // it; scored against the gold with its slip fixed, a crosshead quotation made an optional quote): entities 0.973
  // (person 0.976, org 0.970), quotes 1.000, speakers 0.973, roles recall 0.971 / precision 0.971, alias 1.000
  // (over-merged 0), links 1.000. After the round-38 rules (a launch site's "Spaceport" and a headland's "Head" before a
  // place head; "<words> Broadband"; a field's noun opening a line before a body noun; a participle opening the title of
  // a closing attribution): entities 1.000, quotes 1.000, speakers 1.000, roles 0.971 / 1.000, alias 1.000, links
  // 1.000 (left open: "who sits on" a parliamentary inquiry, a role in this gold but not in four earlier sets; unscored,
  // "Col" as a given name read as the rank and a department cut in two at "and" before an adjective).
  ['the space launch and satellites set of round 38 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh116'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.95, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented tourism and overtourism pairs of round 38 (test/fixtures/fresh115/README.md): a Mediterranean port city
  // caps cruise calls at two ships a day and doubles its tourist tax after residents' protests (the mayor, the deputy
  // mayor for tourism, a residents' association named with and without its town, a cruise lines' body in full and by
  // initials, a cruise line in full and by its short form and its president for Europe, a hoteliers' body, a tourism board
  // named "Visit" and the city, the port authority), told by a wire ("CALVERA, Spain, May 14 (Coastline Press) -") and a
  // cruise trade site (a "Key figures" line); a tour operator collapses with tens of thousands of customers abroad (its
  // administrators in full, by initials and by a short form, an aviation regulator's repatriation, a protection trust, a
  // travel agents' body, two airlines, a holidaymaker, the transport secretary, the founder), told by a national paper and
  // a travel trade site. First run (main at 0d7fd36c, no rule changed for it): entities 0.953 (person 0.957, org 0.951),
  // quotes 0.982, speakers 1.000, roles recall 0.962 / precision 1.000, alias 1.000 (over-merged 0), links 0.870. After
  // the round-38 rules ("Visit X" as a tourism board; "Administrators X said" as a firm; "X's Europe president" makes X a
  // company; "One customer, X," as a role; a residents' body with and without its town linked; a title-case name after
  // "what it calls" as no speech): entities 1.000, quotes 1.000, speakers 1.000, roles 1.000 / 1.000, alias 0.941, links
  // 1.000 (left open: the administrators' initials "KLP" in a report that names the firm only by its short form "Keswick
  // Lyle" stay apart from it, since the initials spell the full name given only in the other report).
  ['the tourism and overtourism set of round 38 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh115'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.92, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],

  // Two invented gambling industry and betting pairs of round 38 (test/fixtures/fresh117/README.md): the gambling
  // regulator fines an online operator after a customer lost a six-figure sum without an affordability check and died
  // (the regulator in full and by initials and its enforcement director, the operator and its chief executive, the
  // customer's father or mother, a gambling-harm charity and its chief executive, the gambling minister), told by a wire
  // ("£9.4 million", "412 deposits") and a compliance trade site ("£9.35m", "409 times"); a regional football league
  // bans betting sponsors from shirt fronts (the league by initials and its chief executive, a knighted club chairman
  // who voted against, another who backed it, a supporters' trust, a bookmakers' trade body, a broadcaster), told by a
  // local paper ("18-6") and a sports-business newsletter ("19 to five"). First run (main at 0d7fd36c, no rule changed
  // for it; scored against the gold with its two role slips fixed): entities 0.985 (person 1.000, org 0.974), quotes
  // 1.000, speakers 0.935, roles recall 1.000 / precision 1.000, alias 0.958 (over-merged 1), links 1.000. After the
  // round-38 rules ("Gambling minister X" and "League chief executive X" are posts, no short forms of the charity or the
  // league; a speaking "Mr X" goes to the one namesake shown speaking): entities 1.000, quotes 1.000, speakers 1.000,
  // roles 1.000 / 1.000, alias 1.000, links 1.000 (left open: nothing on this set).
  ['the gambling industry and betting set of round 38 (4 articles)', path.join(root, 'test', 'fixtures', 'fresh117'),
    { entities: 0.98, person: 0.98, org: 0.98, quotes: 0.98, speakerAccuracy: 0.98, aliasMerge: 0.98, roleRecall: 0.98, rolePrecision: 0.98, crossDocLinks: 0.98, overMerged: 0 }],
];

describe('accuracy floors (shared scorer)', function () {
  this.timeout(120000);
  before(function () {
    if (!fs.existsSync(scorer)) {
      // The scorer lives beside the repository (../shared), as on CI; a clone without it cannot score.
      this.skip();
    }
  });
  for (const [name, dir, floors] of SETS) {
    it(`keeps ${name} at or above its floors`, function () {
      if (!fs.existsSync(dir)) {
        this.skip();
      }
      const s = score(dir);
      const got: Record<string, number> = {
        entities: s.entities.f1, person: s.person.f1, org: s.org.f1, quotes: s.quotes.f1, speakerAccuracy: s.speakerAccuracy,
        aliasMerge: s.aliasMerge, roleRecall: s.roleRecall, rolePrecision: s.rolePrecision, crossDocLinks: s.crossDocLinks,
      };
      const below = Object.entries(floors).filter(([k, floor]) => k !== 'overMerged' && got[k] < (floor as number))
        .map(([k, floor]) => `${k} ${got[k]} < ${floor}`);
      if (s.overMergedPredEntities > floors.overMerged) {
        below.push(`over-merged ${s.overMergedPredEntities} > ${floors.overMerged}`);
      }
      assert.deepStrictEqual(below, []);
    });
  }
});

interface GoldFile {
  doc: string;
  entities: { id: string; type: string; optional?: boolean; mentions: { start: number; end: number }[] }[];
}

interface PredictedDocuments {
  documents: { path: string; entities: { id: string; type: string; mentions: { start: number; end: number }[] }[] }[];
}

// The shared scorer counts links missed, not links made wrongly: a predicted id given to two different gold
// entities of two articles (a father and his son, a company and its founder) must not happen on the naming set.
describe('cross-document look-alikes on the naming set', function () {
  this.timeout(120000);
  it('gives no predicted id to two different entities of two articles', function () {
    if (!fs.existsSync(LINKS_SET)) {
      this.skip();
    }
    const predicted = JSON.parse(fs.readFileSync(predict(LINKS_SET), 'utf8')) as PredictedDocuments;
    const goldIdsOf = new Map<string, Set<string>>();
    for (const file of fs.readdirSync(LINKS_SET).filter(f => f.endsWith('.json'))) {
      const gold = JSON.parse(fs.readFileSync(path.join(LINKS_SET, file), 'utf8')) as GoldFile;
      const doc = predicted.documents.find(d => path.basename(d.path) === gold.doc)!;
      for (const entity of gold.entities.filter(e => !e.optional)) {
        for (const p of doc.entities.filter(pe => pe.type === entity.type && pe.mentions.some(m => entity.mentions.some(g => m.start < g.end && g.start < m.end)))) {
          goldIdsOf.set(p.id, (goldIdsOf.get(p.id) ?? new Set()).add(entity.id));
        }
      }
    }
    assert.deepStrictEqual([...goldIdsOf].filter(([, ids]) => ids.size > 1).map(([id, ids]) => `${id}: ${[...ids].join(' + ')}`), []);
  });
});

interface QuoteScores {
  quotes: { f1: number };
  speakerAccuracyNamed: { accuracy: number };
  speakerAccuracyNamedPlusCoref: { accuracy: number };
  speakerRows: Record<string, { accuracy: number } | undefined>;
}

// PolNeAR's dev split (../shared/corpus/polnear/dev): real 2016 US political news, every quotation's speaker marked
// by hand. The headline is speaker accuracy on quotations whose speaker is named.
const POLNEAR_DEV = path.join(root, '..', 'shared', 'corpus', 'polnear', 'dev');
// orgSpeakerAccuracy: the named speakers that are no person (organisations, outlets, documents), 61 on dev.
// Named plus coreference-resolved pronoun speakers: the pronoun rows' gold is CoreNLP's automatic coreference,
// so these floors guard against losses rather than measure against a human.
const POLNEAR_FLOORS = { quotesF1: 0.99, namedSpeakerAccuracy: 0.928, orgSpeakerAccuracy: 0.78, namedPlusCorefAccuracy: 0.89, pronounSpeakerAccuracy: 0.71 };

describe('accuracy floors on PolNeAR dev (shared quotation scorer)', function () {
  this.timeout(180000);
  it('keeps quotation F1 and named-speaker accuracy at or above their floors', function () {
    if (!fs.existsSync(quoteScorer) || !fs.existsSync(POLNEAR_DEV)) {
      this.skip();
    }
    const s = runScorer(quoteScorer, POLNEAR_DEV, predict(path.join(POLNEAR_DEV, 'text'))) as QuoteScores;
    const below: string[] = [];
    if (s.quotes.f1 < POLNEAR_FLOORS.quotesF1) {
      below.push(`quotes F1 ${s.quotes.f1} < ${POLNEAR_FLOORS.quotesF1}`);
    }
    if (s.speakerAccuracyNamed.accuracy < POLNEAR_FLOORS.namedSpeakerAccuracy) {
      below.push(`named speaker accuracy ${s.speakerAccuracyNamed.accuracy} < ${POLNEAR_FLOORS.namedSpeakerAccuracy}`);
    }
    const org = s.speakerRows['named speaker: org / other']?.accuracy ?? 0;
    if (org < POLNEAR_FLOORS.orgSpeakerAccuracy) {
      below.push(`org / other named speaker accuracy ${org} < ${POLNEAR_FLOORS.orgSpeakerAccuracy}`);
    }
    if (s.speakerAccuracyNamedPlusCoref.accuracy < POLNEAR_FLOORS.namedPlusCorefAccuracy) {
      below.push(`named + coref speaker accuracy ${s.speakerAccuracyNamedPlusCoref.accuracy} < ${POLNEAR_FLOORS.namedPlusCorefAccuracy}`);
    }
    const pronoun = s.speakerRows['pronoun speaker (CoreNLP coref)']?.accuracy ?? 0;
    if (pronoun < POLNEAR_FLOORS.pronounSpeakerAccuracy) {
      below.push(`pronoun speaker accuracy ${pronoun} < ${POLNEAR_FLOORS.pronounSpeakerAccuracy}`);
    }
    assert.deepStrictEqual(below, []);
  });
});
