import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { OneOf } from './schemas.ts';

/**
 * The query string every list route takes: a search text, a page (`limit`, `offset`) and whether
 * archived records are shown. Lists answer with `Page(...)`, so a screen knows the total up front.
 */
export const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Search text (name, reference, barcode…)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  archived: Type.Optional(
    OneOf(['exclude', 'only', 'include'] as const, {
      description: 'Archived records: hidden (default), only them, or both',
    }),
  ),
});
export type ListQuery = Static<typeof ListQuery>;

/** One page of a list, with the number of records matching the search. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

/** `limit`/`offset` with their defaults applied. */
export function pageOf(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return { limit: query.limit ?? 50, offset: query.offset ?? 0 };
}

/** `%text%` for ILIKE, with the user's `%`, `_` and `\` taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
