// "the governor said": a description without "former" names the person who holds the office now, not
// someone the article calls a former holder of it (invented names throughout).
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

  describe('unnamed and indefinite sources stay without a named speaker', () => {
    check([
      ['Former governor Tom Rell spoke at the fair in Marwick.\n\n“The harvest was poor,” a governor said.', 'The harvest was', null],
      ['Former governor Tom Rell spoke at the fair in Marwick.\n\n“We will appeal,” a spokesman said.', 'We will appeal', null],
    ]);
  });
});
