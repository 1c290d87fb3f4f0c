// "the governor said": a description without "former" names the person who holds the office now, not
// someone the article calls a former holder of it; "the <name> campaign said" speaks for that person
// (invented names throughout).
import { checkSpeakers, type Row } from './speakerRows';

const check = (rows: readonly Row[]): void => checkSpeakers(rows);

describe('descriptions and former holders of the office (whole engine)', () => {
  describe('"the governor" is the present holder, even when a former one was named more recently', () => {
    check([
      ['Governor Dana Kelso opened the session.\n\nFormer governor Tom Rell sat in the gallery.\n\n“We balanced the books without raising taxes,” the governor said.', 'We balanced', 'Dana Kelso'],
      ['Dana Kelso, the governor of Ardia, visited Marwick. Ex-governor Tom Rell met her there.\n\n“The bridge will open in May,” the governor said.', 'The bridge will', 'Dana Kelso'],
    ]);
  });

  describe('a former holder still answers to a description that says "former", or when no one holds the office now', () => {
    check([
      ['Governor Dana Kelso opened the session.\n\nFormer governor Tom Rell sat in the gallery.\n\n“We never balanced anything,” the former governor said.', 'We never balanced', 'Tom Rell'],
      ['Former governor Tom Rell spoke at the fair in Marwick.\n\n“The harvest was the best in years,” the governor said.', 'The harvest was', 'Tom Rell'],
    ]);
  });

  describe('"the congressman" / "the congresswoman" is the one "Rep." of the article, also when the title comes later', () => {
    check([
      ['MARWICK — Dana Kelso wants a Senate seat.\n\n“I have waited long enough,” the congresswoman told 600 supporters on Tuesday.\n\nWith that, Rep. Kelso became a candidate against Sen. Tom Rell.', 'I have waited', 'Dana Kelso'],
      ['Rep. Tom Rell toured the mill with Sen. Dana Kelso.\n\n“The mill stays open,” the congressman said.', 'The mill stays', 'Tom Rell'],
      ['Sen. Dana Kelso toured the mill with Gov. Tom Rell.\n\n“The mill stays open,” the congressman said.', 'The mill stays', null],
    ]);
  });

  describe('unnamed and indefinite sources stay without a named speaker', () => {
    check([
      ['Former governor Tom Rell spoke at the fair in Marwick.\n\n“The harvest was poor,” a governor said.', 'The harvest was', null],
      ['Former governor Tom Rell spoke at the fair in Marwick.\n\n“We will appeal,” a spokesman said.', 'We will appeal', null],
    ]);
  });

  describe('"the <name> campaign" speaks for the person of the article it is named after', () => {
    check([
      ['Senator Ada Voss is running for president in Ardia.\n\n“The plan has no future,” the Voss campaign said.', 'The plan has', 'Ada Voss'],
      ['Senator Ada Voss is running for president in Ardia.\n\nThe Ada Voss campaign said in a statement that “the senator will win Ardia.”', 'the senator will', 'Ada Voss'],
      ['Senator Ada Voss is running for president in Ardia.\n\n“We expect to win Marwick,” Voss’s campaign said.', 'We expect to win', 'Ada Voss'],
    ]);
  });

  describe('a campaign named after no one or after a name two people share, its unnamed staff, and a quotation of someone named after it', () => {
    check([
      ['Senator Ada Voss is running for president in Ardia.\n\n“The plan has no future,” the campaign said.', 'The plan has', null],
      ['Senator Ada Voss is running for president in Ardia.\n\n“The plan has no future,” the Marwick campaign said.', 'The plan has', null],
      ['Senator Ada Voss is running for president in Ardia.\n\n“The plan has no future,” a Voss campaign spokesman said.', 'The plan has', null],
      ['Senator Ada Voss is running for president in Ardia.\n\nThe Voss campaign denied the report, with Dana Kelso calling it “a fantasy from start to end.”', 'a fantasy from', 'Dana Kelso'],
      ['Ada Voss and her husband, Peter Voss, toured Marwick.\n\n“The plan has no future,” the Voss campaign said.', 'The plan has', null],
    ]);
  });
  describe('an official\'s office, and "his"/"her" campaign or office, speak for that person', () => {
    check([
      ['Senator Ada Voss met the mayor of Marwick.\n\n“She never said that and never would,” Voss’s office said in a statement.', 'She never said', 'Ada Voss'],
      ['Senator Ada Voss met the mayor of Marwick.\n\n“She never said that and never would,” her office said.', 'She never said', 'Ada Voss'],
      ['Mayor Tom Rell opened the bridge in Marwick.\n\n“The mayor has kept his word on the bridge,” his campaign said.', 'The mayor has', 'Tom Rell'],
      ['Senator Ada Voss is running for president in Ardia.\n\nAccording to the Voss campaign, “the senator will carry every county.”', 'the senator will', 'Ada Voss'],
    ]);
  });

  describe('an office named after no one, or only the place where the words stood, names no speaker', () => {
    check([
      ['Senator Ada Voss met the mayor of Marwick.\n\n“She never said that and never would,” the office said.', 'She never said', null],
      ['Senator Ada Voss met Mayor Tom Rell of Marwick.\n\nA sign in Voss’s office said “No Smoking At Any Time In Here”.', 'No Smoking At', null],
      ['Senator Ada Voss met the mayor of Marwick.\n\nA statement from Voss’s office said “the senator never said that”.', 'the senator never', null],
    ]);
  });

  describe('a nationality noun names the one person of that nationality, or the one person named before it in its paragraph', () => {
    check([
      ['Marwick striker Joep Vandersloot, who scored twice, was delighted. “We deserved it,” the Dutchman said.', 'We deserved it', 'Joep Vandersloot'],
      ['Norwegian midfielder Tom Rell scored the winner.\n\nCoach Dana Kelso praised the side. “He was everywhere,” she said.\n\n“It was my best game,” the Norwegian told reporters.', 'It was my best', 'Tom Rell'],
      ['Marwick midfielder Rui Castanheira also scored. “It was a great day,” the Brazilian said.', 'It was a great', 'Rui Castanheira'],
    ]);
  });

  describe('a nationality noun with no one to name stays without a named speaker', () => {
    check([
      ['Coach Dana Kelso spoke first.\n\nThe former winger, who retired last year, said the club had lost its way. “We were poor,” the Dutchman said.', 'We were poor', null],
      ['Marwick striker Joep Vandersloot, who scored twice, was delighted. “We deserved it,” the Ardians said.', 'We deserved it', null],
    ]);
  });

  describe('the subject of a progressive ("is telling", "is calling") speaks, a description as much as a name', () => {
    check([
      ['Mayor Dana Kelso toured the flooded streets of Tarrow on Sunday.\n\nThe mayor is telling residents along the river that the pumps will run “day and night until the water is gone.”', 'day and night', 'Dana Kelso'],
      ['Mayor Dana Kelso toured the flooded streets of Tarrow on Sunday.\n\nKelso’s brother is calling the repairs “a job for the whole summer.”', 'a job for the', null],
      ['Mayor Dana Kelso toured the flooded streets of Tarrow on Sunday.\n\nKelso said the river engineers were calling “at every hour of the night” last week.', 'at every hour', 'Dana Kelso'],
    ]);
  });

  describe('a message after a possessive speaks for its writer', () => {
    check([
      ['Senator Ada Voss wrote to her backers.\n\nVoss’s statement said “the senator will win Ardia by a wide margin.”', 'the senator will', 'Ada Voss'],
      ['Senator Ada Voss wrote to her backers.\n\nVoss’s campaign email notes that Dana Kelso “has fought for fair wages in Marwick.”', 'has fought for', 'Ada Voss'],
      ['Senator Tom Vellis wrote to his backers.\n\nVellis’ fundraising email notes that Dana Kelso “has fought for fair wages in Marwick.”', 'has fought for', 'Tom Vellis'],
      ['Senator Ada Voss spoke in Marwick.\n\nThe next day, her Twitter account posted: “Shop the look from the Marwick speech.”', 'Shop the look', 'Ada Voss'],
      ['Senator Ada Voss spoke in Marwick.\n\nHer lawyer said “the senator will win Ardia by a wide margin.”', 'the senator will', null],
      ['Senator Ada Voss spoke in Marwick.\n\nDana Kelso replied to Voss’s letter: “The senator will not win Ardia this year.”', 'The senator will', 'Dana Kelso'],
    ]);
  });

  describe('"That was X" in the sentence right after a description speaker names who spoke', () => {
    check([
      ['Commissioner Helen Marsh ordered the snack off the shelves.\n\n"We expected traces, not this much," the study\'s lead author said.\n\nThat was Tomas Brandel, a professor of chemistry. "Every step is a risk," Brandel said.', 'We expected', 'Tomas Brandel'],
      ['The snack was pulled from the shelves.\n\n"We expected traces, not this much," the study\'s lead author said. That was before Tomas Brandel joined the team.', 'We expected', null],
    ]);
  });
});
