// Kinds of cybersecurity and data-breach copy found by round 25's unseen set (r25-cyber, fresh75): a criminal gang
// named with one common word ("the Marten ransomware gang", "a gang calling itself Marten", "Bracken, a crew whose …"),
// a threat-intelligence firm's own name for it ("tracks the gang as Amber Stoat"), malware named in camel case or like
// a woman ("the NightBolt encryptor", "deploy NightBolt") and a maker's hardware ("an Ostra Gatekeep VPN appliance")
// that are things, technology's abbreviations ("VPN", "CVSS"), a handle that is a capitalised word ("the handle Quill"),
// a given name the lexicon knows only as a place ("Georgia Tallis"), a weekday before a one-word name ("On Friday
// Marten …") and a headline's short form of a company beside its full name. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

describe('cybersecurity and data-breach copy kinds of round 25 (r25-cyber)', () => {
  it('reads a gang named with a common word before "ransomware gang" as a body, and its bare uses too', () => {
    const found = namedMentionLabels('The Marten ransomware gang has claimed the attack on Kelso Water. Marten gave the utility a week to pay.');
    assert.deepStrictEqual(found.filter(label => label.includes('Marten')), ['o:Marten:Marten', 'o:Marten:Marten'], found.join(', '));
  });

  it('does not read a name before "ransomware" alone, or before a rescue operation, as a gang', () => {
    assert.ok(!mentionLabels('The council was hit by Marten ransomware last week.').includes('o:Marten'));
    assert.ok(!mentionLabels('The Kelso rescue operation ended at dawn.').includes('o:Kelso'));
  });

  it('reads "calling itself X" as a body and "calling himself X" as no body', () => {
    assert.ok(mentionLabels('A gang calling itself Marten claimed the attack.').includes('o:Marten'));
    assert.ok(!mentionLabels('A man calling himself Marten claimed the attack.').includes('o:Marten'));
  });

  it('reads a crew introduced in apposition as a body, not a crew member', () => {
    assert.ok(mentionLabels('It is thought to be a rebrand of Bracken, a crew whose site was seized.').includes('o:Bracken'));
    assert.ok(mentionLabels('Dana Kelso, a crew member, said the boat was safe.').includes('p:Dana Kelso'));
  });

  it('reads a threat-intelligence firm\'s name for a group after "tracks … as" as a body, not a person', () => {
    const found = mentionLabels('Weller, which tracks the gang as Amber Stoat, said it was active.');
    assert.ok(found.includes('o:Amber Stoat') && !found.includes('p:Amber Stoat'), found.join(', '));
    assert.ok(!mentionLabels('Weller smiled as Amber Stoat spoke.').includes('o:Amber Stoat'));
  });

  it('reads malware named in camel case as a thing, before a malware noun and after "deploy"', () => {
    assert.ok(!mentionLabels('The files carry the extension used by the NightBolt encryptor.').some(label => label.endsWith(':NightBolt')));
    assert.ok(!mentionLabels('They wait for weeks, then deploy NightBolt at the weekend.').some(label => label.endsWith(':NightBolt')));
    assert.ok(mentionLabels('The coach told NightBolt he was sorry.').includes('o:NightBolt'));
  });

  it('reads a maker\'s model before a hardware noun as a thing, not a person', () => {
    const found = mentionLabels('They got in through an Ostra Gatekeep VPN appliance, Weller said.');
    assert.ok(!found.some(label => label.startsWith('p:')), found.join(', '));
    assert.ok(mentionLabels('They bought Dana Kelso a router.').includes('p:Dana Kelso'));
  });

  it('reads technology abbreviations of security copy as no bodies', () => {
    const found = mentionLabels('It is a critical flaw (CVSS 9.8) in the VPN that Weller fixed in May.');
    assert.ok(!found.includes('o:CVSS') && !found.includes('o:VPN'), found.join(', '));
  });

  it('reads a capitalised handle after "the handle" as a person', () => {
    assert.ok(mentionLabels('An operator using the handle Quill said the price was fixed.').includes('p:Quill'));
    assert.ok(!mentionLabels('An operator using the name of Quill said the price was fixed.').includes('p:Quill'));
  });

  it('reads a given name the lexicon knows only as a place, before a surname, as a person', () => {
    assert.deepStrictEqual(mentionLabels('Georgia Tallis said the firm was slow to reply.'), ['p:Georgia Tallis']);
    assert.ok(!mentionLabels('Georgia Power said the firm was slow to reply.').includes('p:Georgia Power'));
  });

  it('keeps a weekday after "On" out of the one-word name after it, but not a paper\'s name', () => {
    const found = mentionLabels('The Marten ransomware gang struck. On Friday Marten posted files from the utility.');
    assert.deepStrictEqual(found, ['o:Marten', 'o:Marten']);
    assert.ok(mentionLabels('On Sunday Times readers wrote in.').includes('o:Sunday Times'));
  });

  it('joins a company\'s bare first word to its full name beside a headline\'s short form', () => {
    const found = namedMentionLabels('Gang hits Kelso Health in attack\n\nThe gang attacked Kelso Health Group on Monday. Staff at Kelso said it was calm.');
    assert.deepStrictEqual(found, ['o:Kelso Health Group:Kelso Health', 'o:Kelso Health Group:Kelso Health Group', 'o:Kelso Health Group:Kelso']);
  });

  it('does not join a first word to a group\'s regional arm beside the group', () => {
    const found = namedMentionLabels('Kelso Facades supplied the panels. Kelso Facades UK fitted them. Staff at Kelso said it was calm.');
    assert.ok(!found.includes('o:Kelso Facades UK:Kelso'), found.join(', '));
  });

  it('keeps a first word apart where two bodies part after it', () => {
    const found = namedMentionLabels('The gang attacked Kelso Health on Monday. It hit Kelso Water on Tuesday. Staff at Kelso said it was calm.');
    assert.ok(!found.some(label => label.endsWith(':Kelso') && label.includes('Kelso Health')), found.join(', '));
  });
});
