// Disjoint sets (union-find) over the entities in the making. Every merge of entity resolution goes through
// one of these (the organisation forms, the user's aliases), so a merge into something already merged lands
// in the set it joined, whatever order the merges come in. Path compression and union by rank keep each
// operation near-constant; the representative of a set is chosen by a fixed rule, not by rank: the item
// merged INTO stays the representative, so the output does not depend on how the trees happen to be shaped.

/** One union as asked for, with the representatives of both sets just before it. */
export interface Join<T> {
  /** The representative of the set that joined (no longer a representative). */
  readonly joined: T;
  /** The representative of the set it joined (still the representative). */
  readonly into: T;
}

export class UnionFind<T> {
  readonly #index = new Map<T, number>();
  readonly #items: T[] = [];
  readonly #parent: number[] = [];
  readonly #rank: number[] = [];
  /** For a tree's root: the index of the item that represents the set. */
  readonly #representative: number[] = [];
  readonly #joins: Join<T>[] = [];

  /** Adds `item` as a set of its own (nothing happens when it is already known). */
  add(item: T): void {
    if (this.#index.has(item)) {
      return;
    }
    const index = this.#items.length;
    this.#index.set(item, index);
    this.#items.push(item);
    this.#parent.push(index);
    this.#rank.push(0);
    this.#representative.push(index);
  }

  has(item: T): boolean {
    return this.#index.has(item);
  }

  /** The representative of the set `item` belongs to (the item itself when it was never added). */
  find(item: T): T {
    const index = this.#index.get(item);
    return index === undefined ? item : this.#items[this.#representative[this.#root(index)]];
  }

  /** Whether `item` represents its set, i.e. it has not been merged into another. */
  represents(item: T): boolean {
    return this.find(item) === item;
  }

  /**
   * Merges the set of `joining` into the set of `into`; the representative of `into`'s set represents the
   * union. Both are added if new. Returns false (and records nothing) when they are already one set.
   */
  union(joining: T, into: T): boolean {
    this.add(joining);
    this.add(into);
    const joiningRoot = this.#root(this.#index.get(joining) as number);
    const intoRoot = this.#root(this.#index.get(into) as number);
    if (joiningRoot === intoRoot) {
      return false;
    }
    const representative = this.#representative[intoRoot];
    this.#joins.push({ joined: this.#items[this.#representative[joiningRoot]], into: this.#items[representative] });
    const [low, high] = this.#rank[joiningRoot] < this.#rank[intoRoot] ? [joiningRoot, intoRoot] : [intoRoot, joiningRoot];
    this.#parent[low] = high;
    if (this.#rank[low] === this.#rank[high]) {
      this.#rank[high]++;
    }
    this.#representative[high] = representative;
    return true;
  }

  /** Every union made, in order, each between the two sets' representatives of that moment. */
  get joins(): readonly Join<T>[] {
    return this.#joins;
  }

  /** The items in the order added, grouped by set: each representative with its set's items. */
  sets(): Map<T, T[]> {
    const sets = new Map<T, T[]>();
    for (const item of this.#items) {
      const representative = this.find(item);
      const set = sets.get(representative);
      if (set) {
        set.push(item);
      } else {
        sets.set(representative, [item]);
      }
    }
    return sets;
  }

  /** The root of `index`'s tree; every node passed on the way is pointed straight at it (path compression). */
  #root(index: number): number {
    let root = index;
    while (this.#parent[root] !== root) {
      root = this.#parent[root];
    }
    for (let node = index; this.#parent[node] !== root && node !== root;) {
      const next = this.#parent[node];
      this.#parent[node] = root;
      node = next;
    }
    return root;
  }
}
