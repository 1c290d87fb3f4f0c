// Entity kinds left open by round 24's sets (combat sports, crypto, housing, golf and cycling) and the lead's probes,
// fixed as general rules in round 25. Every sentence is invented.
import * as assert from 'assert';
import { checkCase, rolesOf, type KindCase } from './support/entityQueries';

const CASES: readonly KindCase[] = [
  // A state administration named with "for"/"of" and its remit (lists org-heads-before-for, org-heads-before-of).
  {
    title: 'reads "State Administration for X" and "State Administration of X" as one body each',
    text: 'The State Administration for Food Reserves said stocks were low. The State Administration of River Works said the dam held.',
    exactly: ['o:State Administration for Food Reserves', 'o:State Administration of River Works'],
  },
  {
    title: 'keeps a government blamed "for" a place\'s debts apart from the place',
    text: 'Critics blamed the Kelso Administration for Vardo\'s debts.',
    lacks: ['o:Kelso Administration for Vardo'],
  },
  // A phrasal verb's particle inside the first subject of a department's remit (list remit-gerund-particles).
  {
    title: 'reads a department whose first subject is a gerund and its particle, with the rest of its remit, as one body',
    text: 'The Department for Joining Up, Harbours and Parks said the fund would open in May.',
    exactly: ['o:Department for Joining Up, Harbours and Parks'],
  },
  {
    title: 'keeps people listed after such a department apart from it',
    text: 'The Department for Joining Up, Dana Kelso and Tom Wrede signed the letter.',
    exactly: ['o:Department for Joining Up', 'p:Dana Kelso', 'p:Tom Wrede'],
  },
  // A fighters' gym named with a martial art (list martial-art-gym-endings).
  {
    title: 'reads a gym named with a martial art of one or two words as a body',
    text: 'Ortiz, who fights out of Eastgate Muay Thai in Tarrow, trains twice a week at Iron Crane Jiu-Jitsu.',
    has: ['o:Eastgate Muay Thai', 'o:Iron Crane Jiu-Jitsu'],
  },
  {
    title: 'reads no body in the art after a nationality or a word that qualifies the art',
    text: 'Ortiz holds a black belt in Brazilian Jiu-Jitsu and a World Karate title.',
    lacks: ['o:Brazilian Jiu-Jitsu', 'o:World Karate'],
  },
  // A masthead before a section path: "The" and a newspaper's head alone (list press-heads).
  {
    title: 'reads "The" and a newspaper\'s head alone before a section path as the paper',
    text: 'The Sentinel | Sport | Golf\n\nDana Kelso won the title on Sunday.',
    has: ['o:Sentinel'],
  },
  {
    title: 'reads no outlet in a paper\'s head alone, without "The", before a section path',
    text: 'Courier | Local | Kelso\n\nDana Kelso won the title on Sunday.',
    lacks: ['o:Courier'],
  },
];

/** One role rule's invented case: the roles the named person must hold, in order (none for a negative). */
interface RoleCase {
  readonly title: string;
  readonly text: string;
  readonly name: string;
  readonly roles: readonly string[];
}

const ROLE_CASES: readonly RoleCase[] = [
  // A public inquiry's posts before the name (list title-complements).
  { title: 'gives "Counsel to the inquiry" before a name and post-nominal letters as the role', text: 'Counsel to the inquiry Dana Kelso KC said the pumps had failed.', name: 'Dana Kelso', roles: ['Counsel to the inquiry'] },
  { title: 'gives "Chair of the commission" before a name as the role', text: 'Chair of the commission Tom Wrede said the pumps had failed.', name: 'Tom Wrede', roles: ['Chair of the commission'] },
  { title: 'gives no role to a name after "told the inquiry"', text: 'Staff told the inquiry Dana Kelso had left early.', name: 'Dana Kelso', roles: [] },
];

describe('entity kinds of round 25 (r25-kinds)', () => {
  for (const kindCase of CASES) {
    it(kindCase.title, () => checkCase(kindCase));
  }

  for (const { title, text, name, roles } of ROLE_CASES) {
    it(title, () => assert.deepStrictEqual(rolesOf(text, name), roles));
  }
});
