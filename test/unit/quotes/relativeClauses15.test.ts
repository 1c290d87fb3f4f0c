// A name inside a relative clause about the sentence's subject ("The pastor, who once advised X, said …",
// "Officials who met X said …") is that clause's object, never the speaker: the subject before the clause is, or no
// named speaker when the subject is a description.
import { checkSpeakers, type Row } from './speakerRows';

describe('a name inside a relative clause before the reporting verb', () => {
  const rows: Row[] = [
    // Between commas, after a description: no named speaker.
    ['The pastor, who once advised Ilse Varga, said the count was "far too close to call".', 'far too close', null],
    ['The company, which supplies Vardo Holdings, said the delay was "regrettable but short".', 'regrettable', null],
    ['The operator, which is owned by the Dutch group Tarrow Rail, said the strike was "wholly avoidable".', 'wholly avoidable', null],
    // Between commas, after a name: the name before the clause.
    ['Tomas Brandel, who once advised Ilse Varga, said the count was "far too close to call".', 'far too close', 'Tomas Brandel'],
    ['Marwick Ferries, which is owned by Vardo Holdings, said the crossing was "safe and on time".', 'safe and on time', 'Marwick Ferries'],
    // Without commas.
    ['A pastor who once advised Ilse Varga said the count was "far too close to call".', 'far too close', null],
    ['Officials who met Dana Kelso on Monday said the plan was "dead in the water".', 'dead in the water', null],
    // Still credited: the name is the subject of its own clause, or an appositive names the speaker.
    ['Officials said that Dana Kelso said the plan was "dead in the water".', 'dead in the water', 'Dana Kelso'],
    ['Radio reported on Monday that the Vardo Nurses Union said the rules were "a step back".', 'a step back', 'Vardo Nurses Union'],
    ['The pastor, Ilse Varga, said the count was "far too close to call".', 'far too close', 'Ilse Varga'],
  ];
  checkSpeakers(rows);
});
