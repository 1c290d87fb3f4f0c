// compromise alone, as a whole process: read an article, parse it, find people, organisations and
// quotations with their offsets, print them as JSON. tools/benchProcess.mjs times it against
// `node dist/cli.js analyze FILE --format json` on the same file.
const fs = require('fs');
const nlp = require('compromise');

const text = fs.readFileSync(process.argv[2], 'utf8');
const doc = nlp(text);
doc.compute('offset');
const spans = view => view.json({ offset: false, terms: { offset: true } }).map(match => {
  const first = match.terms[0].offset, last = match.terms[match.terms.length - 1].offset;
  return { text: match.text, start: first.start, end: last.start + last.length };
});
process.stdout.write(JSON.stringify({ people: spans(doc.people()), organizations: spans(doc.organizations()), quotations: spans(doc.quotations()) }, null, 2) + '\n');
