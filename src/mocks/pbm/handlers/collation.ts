const collator = new Intl.Collator('ru');

/** Inferred: lists without a documented order come sorted by name, as the panel shows them. */
export function sortByName<Item>(items: Item[], name: (item: Item) => string): Item[] {
  return items.slice().sort((a, b) => collator.compare(name(a), name(b)));
}
