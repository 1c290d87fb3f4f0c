// Runs linkAnalyses (the CLI's analyze of several files) and corpus mode's stream linker on the same documents and
// gives the groups each makes, so a test can ask both to link alike (test/unit/linkStream*.test.ts).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { linkAnalyses } from '../../../src/core/link';
import { StreamLinker } from '../../../src/core/linkStream';
import type { DocumentAnalysis } from '../../../src/core/model';

/** The groups ids make of the documents' people and bodies, each entity as "document:name", sorted. */
function groupsOf(ids: readonly (readonly { name: string; id: string }[])[]): string[] {
  const groups = new Map<string, string[]>();
  ids.forEach((entities, doc) => {
    for (const { name, id } of entities) {
      groups.set(id, [...(groups.get(id) ?? []), `${doc}:${name}`]);
    }
  });
  return [...groups.values()].map(group => group.sort().join(' = ')).sort();
}

const linkable = (analysis: DocumentAnalysis) => analysis.entities.filter(entity => entity.kind === 'person' || entity.kind === 'org');

/** The groups linkAnalyses makes (the CLI's analyze of several files). */
export function batchGroups(analyses: readonly DocumentAnalysis[]): string[] {
  return groupsOf(linkAnalyses(analyses).map(analysis => linkable(analysis).map(({ name, id }) => ({ name, id }))));
}

/** The groups the stream linker makes (corpus mode), documents in order. */
export function streamGroups(analyses: readonly DocumentAnalysis[]): string[] {
  const linker = new StreamLinker();
  return groupsOf(analyses.map(analysis => {
    const entities = linkable(analysis);
    const links = linker.link(entities.map(({ kind, name, aliases }) => ({ kind, name, aliases })));
    return entities.map(({ name }, i) => ({ name, id: links[i].id }));
  }));
}

/** Both linkers on the analyses in the given order and reversed: the same groups each time; the groups. */
export function assertSameGroups(analyses: readonly DocumentAnalysis[]): string[] {
  for (const order of [analyses, [...analyses].reverse()]) {
    assert.deepStrictEqual(streamGroups(order), batchGroups(order));
  }
  return batchGroups(analyses);
}

/** Both linkers on the analyses of the texts, in the given order and reversed: the same groups each time. */
export function assertSameLinks(texts: readonly string[]): string[] {
  return assertSameGroups(texts.map(text => analyzeText(text)));
}
