import { Type, type Static } from '@sinclair/typebox';
import { Id, Name, Nullable } from '../http/schemas.ts';
import { MESSAGE_KEYWORD } from '../http/validation.ts';

/** Loose on purpose: one @, something on each side, a dot in the domain. Mail delivery is the real test. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

const text = (maxLength = 200) => Nullable(Type.String({ maxLength }));
const email = Nullable(
  Type.String({ maxLength: 254, pattern: EMAIL_PATTERN, [MESSAGE_KEYWORD]: 'must be an email address' }),
);

/** The details of a customer anyone may type (at the till or in the back office). */
const contact = {
  name: Name(),
  email,
  phone: text(50),
  street: text(),
  street2: text(),
  zip: text(20),
  city: text(),
  state: text(),
  // Free text: the till's form has a plain "Country" box; an ISO code ("FR") is what to prefer.
  country_code: Nullable(Type.String({ maxLength: 100, description: 'Preferably an ISO 3166 code: FR' })),
  tax_id: text(50),
};

/** What only the back office sets: the customer's card, prices and taxes, archiving. */
const backOffice = {
  barcode: Nullable(Type.String({ minLength: 1, maxLength: 64 })),
  pricelist_id: Nullable(Id),
  fiscal_position_id: Nullable(Id),
  active: Type.Boolean(),
};

const fields = { ...contact, ...backOffice };

export const CustomerSchema = Type.Object(
  {
    id: Id,
    ...fields,
    created_at: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
    updated_at: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
  },
  { title: 'Customer' },
);
export type Customer = Static<typeof CustomerSchema>;

export const NewCustomerBody = Type.Composite(
  [Type.Pick(Type.Object(fields), ['name']), Type.Partial(Type.Omit(Type.Object(fields), ['name']))],
  { additionalProperties: false },
);
export type NewCustomer = Static<typeof NewCustomerBody>;

export const CustomerChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export type CustomerChanges = Static<typeof CustomerChangesBody>;

/**
 * What a till sends (packages/pos CustomerFields): the contact details only, `country` for
 * `country_code`. Every field but the name may be left out or null.
 */
const tillFields = {
  name: Name(),
  email,
  phone: text(50),
  street: text(),
  city: text(),
  zip: text(20),
  country: contact.country_code,
  tax_id: text(50),
};
export const TillCustomerFieldsBody = Type.Composite(
  [Type.Pick(Type.Object(tillFields), ['name']), Type.Partial(Type.Omit(Type.Object(tillFields), ['name']))],
  { additionalProperties: false },
);
export type TillCustomerFields = Static<typeof TillCustomerFieldsBody>;

export const TillNewCustomerBody = Type.Composite(
  [
    Type.Object({
      uid: Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Made by the till; the same uid sent again answers the same customer.',
      }),
    }),
    TillCustomerFieldsBody,
  ],
  { additionalProperties: false },
);
export type TillNewCustomer = Static<typeof TillNewCustomerBody>;

/** A customer as the till stores it (core's TillCustomer). */
export const TillCustomerSchema = Type.Object({
  id: Id,
  name: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  street: Nullable(Type.String()),
  city: Nullable(Type.String()),
  zip: Nullable(Type.String()),
  country: Nullable(Type.String()),
  tax_id: Nullable(Type.String()),
  barcode: Nullable(Type.String()),
  pricelist_id: Nullable(Id),
  fiscal_position_id: Nullable(Id),
});
export const TillCustomerAnswer = Type.Object({ customer: TillCustomerSchema });
