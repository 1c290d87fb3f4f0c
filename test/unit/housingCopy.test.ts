// Kinds of housing and tenants copy found by round 33's unseen set (r33-housing, fresh102): a renters' or leaseholders'
// union named with its members' plural possessive; a developer named after a waterfront site and shortened to the
// site's words; a regulator named "Regulator of …"; a national housing agency named "Homes <nation>"; a rating system
// or a standard abbreviated in parentheses as a body is; a regulator's grade code after "graded"; a housing
// association called by its first word before its chief executive; and an ombudsman's office named with and without
// "Service". Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('housing and tenants copy kinds of round 33 (r33-housing)', () => {
  it('keeps a renters\' or leaseholders\' union whole across its members\' plural possessive', () => {
    assert.deepStrictEqual(mentionLabels('The Kelso Renters\' Union said the rent rises were unlawful.'), ['o:Kelso Renters\' Union']);
    assert.deepStrictEqual(mentionLabels('Members of the Vardo Leaseholders\' Association met on Monday.'), ['o:Vardo Leaseholders\' Association']);
  });

  it('reads a developer named after a waterfront site, shortened to the site\'s words, as the developer', () => {
    const text = 'The flats were bought by Marrow Quay Developments in March.\n\nMarrow Quay served the notices in May, and the managing director of Marrow Quay defended them.';
    assert.deepStrictEqual(namedMentionLabels(text),
      ['o:Marrow Quay Developments:Marrow Quay Developments', 'o:Marrow Quay Developments:Marrow Quay', 'o:Marrow Quay Developments:Marrow Quay']);
  });

  it('keeps a waterfront site a place where a preposition of place (not the ambiguous "at") puts it, or no developer is named after it', () => {
    assert.deepStrictEqual(mentionLabels('Marrow Quay Developments owns the block. Flats in Marrow Quay were damp all winter.'),
      ['o:Marrow Quay Developments']);
    assert.deepStrictEqual(mentionLabels('Councillors approved the Penwick Quay scheme on Tuesday.'), []);
  });

  it('reads "Regulator of …" whole as a body, its initials the same body', () => {
    assert.deepStrictEqual(namedMentionLabels('The Regulator of Kelso Water Services (RKWS) fined the company. The RKWS said so.'),
      ['o:Regulator of Kelso Water Services:Regulator of Kelso Water Services', 'o:Regulator of Kelso Water Services:RKWS', 'o:Regulator of Kelso Water Services:RKWS']);
  });

  it('reads a national housing agency named "Homes" and a nation as a body', () => {
    assert.deepStrictEqual(mentionLabels('The scheme relies on grant from Homes Wales.'), ['o:Homes Wales']);
  });

  it('reads a rating system or a standard abbreviated in parentheses as a thing, not a body', () => {
    assert.deepStrictEqual(mentionLabels('The flat failed the Vardo Hazard Rating System (VHRS) test last winter.'), []);
    assert.deepStrictEqual(mentionLabels('Homes must meet the Decent Kitchens Standard (DKS) by 2030.'), []);
    assert.deepStrictEqual(mentionLabels('The Tarrow Housing Inspectorate (THI) said so.'), ['o:Tarrow Housing Inspectorate', 'o:THI']);
  });

  it('reads a grade code after a verb of grading as no body', () => {
    assert.deepStrictEqual(mentionLabels('The landlord was downgraded to G3 last spring and rated V2 for viability.'), []);
    assert.ok(mentionLabels('The G7 met in May.').includes('o:G7'));
  });

  it('reads a housing association\'s first word before its chief executive as the association', () => {
    const text = 'Tenants complained to Pellworth Housing Association in May.\n\nPellworth\'s chief executive, Dana Ferrow, apologised.';
    assert.deepStrictEqual(namedMentionLabels(text),
      ['o:Pellworth Housing Association:Pellworth Housing Association', 'o:Pellworth Housing Association:Pellworth', 'p:Dana Ferrow:Dana Ferrow']);
  });

  it('reads an ombudsman named with and without "Service" as one body', () => {
    assert.deepStrictEqual(namedMentionLabels('The Tenancy Ombudsman upheld the complaint. In its report, the Tenancy Ombudsman Service ordered a refund.'),
      ['o:Tenancy Ombudsman Service:Tenancy Ombudsman', 'o:Tenancy Ombudsman Service:Tenancy Ombudsman Service']);
  });
});
