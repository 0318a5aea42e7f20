import { Type, type Static } from '@sinclair/typebox';
import { ListQuery } from '../../http/list-query.ts';
import { Id, InstantOut, Name, Nullable } from '../../http/schemas.ts';

const fields = {
  name: Name(),
  parent_id: Nullable(Id),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
};

export const CategorySchema = Type.Object({
  id: Id,
  ...fields,
  full_name: Type.String({ description: 'The path from the root: "Drinks / Hot"' }),
  created_at: InstantOut,
  updated_at: InstantOut,
});
export type Category = Static<typeof CategorySchema>;

export const NewCategoryBody = Type.Composite(
  [Type.Pick(Type.Object(fields), ['name']), Type.Partial(Type.Omit(Type.Object(fields), ['name']))],
  { additionalProperties: false },
);
export type NewCategory = Static<typeof NewCategoryBody>;
export const CategoryChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export type CategoryChanges = Static<typeof CategoryChangesBody>;
export const CategoryQuery = ListQuery;
