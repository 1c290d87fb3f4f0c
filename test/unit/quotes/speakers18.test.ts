// Round 18 speaker shapes (r18-polnear): a finite reporting verb joined by "and" to the verbs before it shares
// their subject, a passive one's subject included, never its agent ("X was met at the gate by Y and joked, “…”"); a
// speaker's label glued to its quotation by a colon ('X:"We …') names X, not a name running into the quotation; a
// participle's clause opened by a pronoun after an opening phrase ("On Monday, he seemed to relent, warning that …");
// "pointed out" and "spelled out" report words as "put it" and "hit back" do.
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 18): a reporting verb coordinated with the verbs before it', () => {
  const rows: Row[] = [
    // The subject of a passive first verb, not its agent.
    ['Tarrow ferry returns\n\nKelderwick fishing skipper Bram Osterlund was met at the slipway by two harbour wardens and grumbled, “Nobody asked us about the fees.”', 'Nobody asked', 'Bram Osterlund'],
    ['Tarrow ferry returns\n\nAfter the band stopped playing, Petra Lindqvist was handed the keys by the outgoing warden and laughed, “They are heavier than they look.”', 'They are heavier', 'Petra Lindqvist'],
    // Several verbs before "and", after a subordinate clause naming someone else.
    ['Tarrow ferry returns\n\nWhen the timetable was read out by Orla Brandt, Ivo Sandal glanced at the clock, scratched his beard and replied, “Ask the board, not me.”', 'Ask the board', 'Ivo Sandal'],
    // A named subject with any verb before "and".
    ['Tarrow ferry returns\n\nPetra Lindqvist inspected the hull on Friday and warned, “It will not last another winter.”', 'It will not last', 'Petra Lindqvist'],
    // Not the name inside another speaker's clause: the subject of "said" is the one before it.
    ['Tarrow ferry returns\n\nBram Osterlund said Petra Lindqvist was overruled by the board and warned, “The fees will double.”', 'The fees will', 'Bram Osterlund'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 18): a label glued to its quotation by a colon', () => {
  const rows: Row[] = [
    ['Harbour inquiry\n\nThe panel asked about the accounts. Former harbour master Gwen Ashby:"We warned them every winter, in writing."', 'We warned them', 'Gwen Ashby'],
    ['Harbour inquiry\n\nThe panel asked about the accounts. Retired skipper Bram Osterlund:“Nobody read the letters we sent.”', 'Nobody read', 'Bram Osterlund'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 18): a participle after a clause a pronoun opens past an opening phrase', () => {
  const rows: Row[] = [
    ['Ferry fares\n\nBram Osterlund chairs the ferry board.\n\nBy the weekend, he appeared to soften, warning that the fares were “far too high for the families who cross every day.”', 'far too high', 'Bram Osterlund'],
    ['Ferry fares\n\nPetra Lindqvist sits on the ferry board.\n\nLate on Friday, she seemed to give way, insisting only that the timetable stay “as it is until the spring.”', 'as it is until', 'Petra Lindqvist'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 18): a verb that reports words with "out" after it', () => {
  const rows: Row[] = [
    ['Ferry fares\n\nAs the Tarrow Gazette’s Ivo Sandal pointed out last spring, “The ferry has not once run to its timetable since the new owners took over.”', 'The ferry has not', 'Ivo Sandal'],
    ['Ferry fares\n\nThe board met on Monday. Orla Brandt spelled out what the families wanted: “A boat every hour, and a fare a child can pay.”', 'A boat every', 'Orla Brandt'],
  ];
  checkSpeakers(rows);
});
