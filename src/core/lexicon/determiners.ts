// Determiners: the small words that open a noun phrase. Several rules need slightly different sets of them,
// so the sets are built here from two base lists, each difference stated, instead of being retyped per rule.

import { wordList } from './wordList';

export const ARTICLES = wordList(
  'articles',
  'The articles: a role or a body\'s description opens with one ("the party\'s leader", "a spokeswoman for …").',
  ['the', 'a', 'an'],
);

export const POSSESSIVE_DETERMINERS = wordList(
  'possessive-determiners',
  'Possessive determiners: "his spokesman", "their lawyer" describe someone by a relation, not by a name.',
  ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
);

export const DEFINITE_DETERMINERS = wordList(
  'definite-determiners',
  'Definite determiners open a noun phrase that refers back to someone already named ("the minister", "his spokesman").',
  ['the', 'this', 'that', ...POSSESSIVE_DETERMINERS.words],
);

/**
 * Before a reporting verb's form, a determiner makes it a noun ("the claims", "his calls", "these warnings").
 * "That" is left out: before a verb it is a relative or a conjunction ("the man that said …").
 */
export const NOUN_DETERMINERS = wordList(
  'noun-determiners',
  'Determiners that make the next word a noun, not a verb ("the claims", "his calls", "these warnings").',
  [...ARTICLES.words, ...POSSESSIVE_DETERMINERS.words, 'this', 'these', 'those'],
);
