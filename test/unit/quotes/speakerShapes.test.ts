// Speaker shapes that credited no one before (PolNeAR train null predictions, rewritten with invented names
// and sentences in several outlets' styles): a named person right after the quotation with an appositive
// the subject reader cannot cross.
import { checkSpeakers, type Row } from './speakerRows';

describe('speaker shapes: a name after the quotation with a long appositive', () => {
  const rows: Row[] = [
    // Wire style: age, home town and a relative clause between the name and the verb.
    ['The poll closed on Friday. "The two of them scare me," Harold Penn, 30, of Dayton, Ohio, who was among those polled, said in a follow-up interview.', 'The two of them', 'Harold Penn'],
    // Web style: an appositive with a relative clause and no closing comma.
    ['"They are drawing more from her side of the ledger now," Nils Varga, the pollster who founded a forecasting site tweeted on Wednesday.', 'They are drawing', 'Nils Varga'],
    // Broadsheet style: a title and a body in the appositive.
    ['“We will not close the ward while I sit on this board,” Mirela Voss, a member of the Harlow hospital trust since 2009, who chairs its finance panel, told the meeting.', 'We will not close', 'Mirela Voss'],
    // A possessive name is not the subject: the lawyer spoke, and the article never names the lawyer.
    ['Harold Penn was charged on Monday. "The two of them scare me," Harold Penn\'s lawyer, a former judge who retired in 2019, said in a follow-up interview.', 'The two of them', null],
  ];
  checkSpeakers(rows);
});
