// Applying the merges of entity resolution: the steps only ask the union-find for unions (unionFind.ts);
// the members move here, once, after the steps that merge.
import type { Cluster } from './types';
import type { Join, UnionFind } from './unionFind';

/**
 * Moves members along `joins` (a slice of `sets.joins`) so that each representative holds its whole set:
 * its own members, then those of each cluster that joined it, in the order they joined, each followed by
 * the members of the clusters that had joined that one. Returns the clusters of `clusters` that still
 * represent their sets, in their order.
 */
export function applyJoins(sets: UnionFind<Cluster>, joins: readonly Join<Cluster>[], clusters: readonly Cluster[]): Cluster[] {
  const joinedInto = new Map<Cluster, Cluster[]>();
  for (const { joined, into } of joins) {
    const list = joinedInto.get(into);
    if (list) {
      list.push(joined);
    } else {
      joinedInto.set(into, [joined]);
    }
  }
  const kept = clusters.filter(cluster => sets.represents(cluster));
  for (const cluster of kept) {
    // Depth first, children in the order they joined; a stack rather than recursion, for long chains.
    const stack = [...(joinedInto.get(cluster) ?? [])].reverse();
    for (let next = stack.pop(); next; next = stack.pop()) {
      cluster.members.push(...next.members);
      stack.push(...[...(joinedInto.get(next) ?? [])].reverse());
    }
  }
  return kept;
}
