import { Type, type Static } from '@sinclair/typebox';
import { changesBody, newBody, recordSchema } from '../bodies.ts';
import { ListQuery } from '../../http/list-query.ts';
import { Name, Nullable, Id } from '../../http/schemas.ts';

const fields = {
  name: Name(),
  parent_id: Nullable(Id),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
};

export const CategorySchema = recordSchema(fields, {
  full_name: Type.String({ description: 'The path from the root: "Drinks / Hot"' }),
});
export type Category = Static<typeof CategorySchema>;

export const NewCategoryBody = newBody(fields, ['name']);
export type NewCategory = Static<typeof NewCategoryBody>;
export const CategoryChangesBody = changesBody(fields);
export type CategoryChanges = Static<typeof CategoryChangesBody>;
export const CategoryQuery = ListQuery;
