/**
 * Lower-case, without accents: "Crème Brûlée" is found by "creme brul". Applied to what is indexed
 * and to what the cashier types.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface TextSearch {
  readonly query: string;
  /** Only entries whose group is in this set (a category and its sub-categories); null: all. */
  readonly groups: ReadonlySet<number> | null;
}

/**
 * An in-memory index answering "which entries contain every word typed" fast enough for 100,000
 * products between two keystrokes: one normalised string per entry scanned with `includes`, and
 * when the cashier types one more letter only the previous answer is scanned again.
 * Entries keep the order they were added in; the first word matching the start of an entry's
 * text ranks it first.
 */
export class TextIndex {
  private ids: number[] = [];
  private texts: string[] = [];
  private groups: (number | null)[] = [];
  private readonly positions = new Map<number, number>();
  private removed = 0;
  private changes = 0;
  private last: {
    query: string;
    groups: ReadonlySet<number> | null;
    changes: number;
    positions: number[];
  } | null = null;

  get size(): number {
    return this.positions.size;
  }

  /** Bumped at every change: a UI shows it to know the answer may differ. */
  get version(): number {
    return this.changes;
  }

  upsert(id: number, text: string, group: number | null): void {
    const normalized = normalizeText(text);
    const at = this.positions.get(id);
    if (at === undefined) {
      this.positions.set(id, this.ids.length);
      this.ids.push(id);
      this.texts.push(normalized);
      this.groups.push(group);
    } else {
      this.texts[at] = normalized;
      this.groups[at] = group;
    }
    this.changes++;
  }

  remove(id: number): void {
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.positions.delete(id);
    this.ids[at] = -1;
    this.texts[at] = '';
    this.removed++;
    this.changes++;
    if (this.removed > 1000 && this.removed > this.ids.length / 4) this.compact();
  }

  clear(): void {
    this.ids = [];
    this.texts = [];
    this.groups = [];
    this.positions.clear();
    this.removed = 0;
    this.changes++;
  }

  /** Ids of the entries matching every word of the query, in the group filter; all for an empty query. */
  search(search: TextSearch): number[] {
    const query = normalizeText(search.query).trim();
    const words = query.split(/\s+/).filter((w) => w !== '');
    const candidates = this.narrowFrom(query, search.groups);
    const first: number[] = [];
    const rest: number[] = [];
    // Every match in index order, kept for the next keystroke (no sort of up to 100,000 then).
    const matched: number[] = [];
    const lead = words[0] ?? '';
    for (const at of candidates) {
      if (this.ids[at] === -1) continue;
      const group = this.groups[at] ?? null;
      if (search.groups && (group === null || !search.groups.has(group))) continue;
      const text = this.texts[at]!;
      if (!words.every((w) => text.includes(w))) continue;
      matched.push(at);
      (lead !== '' && text.startsWith(lead) ? first : rest).push(at);
    }
    this.last = { query, groups: search.groups, changes: this.changes, positions: matched };
    return first.concat(rest).map((at) => this.ids[at]!);
  }

  /** The previous answer when the new query only adds to it; every entry otherwise. */
  private narrowFrom(query: string, groups: ReadonlySet<number> | null): Iterable<number> {
    const last = this.last;
    if (
      last &&
      last.changes === this.changes &&
      last.groups === groups &&
      last.query !== '' &&
      query.startsWith(last.query)
    ) {
      return last.positions;
    }
    return allPositions(this.ids.length);
  }

  private compact(): void {
    const keep = this.ids
      .map((id, at) => ({ id, text: this.texts[at]!, group: this.groups[at] ?? null }))
      .filter((e) => e.id !== -1);
    this.ids = keep.map((e) => e.id);
    this.texts = keep.map((e) => e.text);
    this.groups = keep.map((e) => e.group);
    this.positions.clear();
    this.ids.forEach((id, at) => this.positions.set(id, at));
    this.removed = 0;
  }
}

function* allPositions(count: number): Iterable<number> {
  for (let at = 0; at < count; at++) yield at;
}
