// Round 14 speaker shapes: a post that serves someone named with a title ("a spokesman for Mr. X, Y, said") is the
// speaker's description; the named person after it speaks, and with no name after it the post is unnamed.
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 14): a post serving a titled name', () => {
  const rows: Row[] = [
    ['Ivo Sandal stayed away. A spokesman for Mr. Sandal, Tom Wrede, said only that the speaker was “reviewing the message.”', 'reviewing the', 'Tom Wrede'],
    ['An aide to Senator Orla Brandt, Idris Penhale, said the senator was “disappointed and ready to vote again.”', 'disappointed and', 'Idris Penhale'],
    ['A lawyer for Ms. Kelso, Piet Ostrander, said his client would “fight the charge in every court.”', 'fight the charge', 'Piet Ostrander'],
    // Unnamed, the post speaks for no named person: not the one it serves.
    ['Ivo Sandal stayed away. A spokesman for Mr. Sandal said only that the speaker was “reviewing the message.”', 'reviewing the', null],
  ];
  checkSpeakers(rows);
});
