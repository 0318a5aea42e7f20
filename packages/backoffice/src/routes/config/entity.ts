import type { ReactNode } from 'react';

/**
 * A configuration screen described as data: which list route, which columns, which fields. The
 * generic list (ConfigListPage) and form (ConfigFormPage) render every entity from this.
 */

/** One option of a `select` or `multiselect`. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  /** The property in the record and in the request body. */
  readonly name: string;
  readonly label: string;
  /** One line under the input saying what the field does. */
  readonly help?: string;
  /** An empty value is refused before anything is sent. */
  readonly required?: boolean;
  /** Sent as null when empty (otherwise empty text is sent as ""). */
  readonly nullable?: boolean;
  /** Shown but never sent (computed by the server). */
  readonly readOnly?: boolean;
  /** Spans the form's two columns (long text, lists). */
  readonly wide?: boolean;
  /** Other names the server may give this field in an error (`barcode` for `barcodes`). */
  readonly errorAliases?: readonly string[];
  /** What a new record starts with (else empty, unticked, or a select's first choice when required). */
  readonly initial?: FieldValue;
  /** Shown only when the other values say so (a rule's fixed price when it computes a fixed price). */
  readonly visibleWhen?: (values: FormValues) => boolean;
}

export type FieldSpec =
  | (FieldBase & { readonly kind: 'text'; readonly multiline?: boolean; readonly placeholder?: string })
  /** Money, quantities, rates: typed as text, checked, sent as a decimal string. */
  | (FieldBase & { readonly kind: 'decimal'; readonly scale?: number; readonly placeholder?: string })
  | (FieldBase & { readonly kind: 'integer' })
  /** A moment, typed in the browser's time zone, sent as ISO 8601 (UTC). */
  | (FieldBase & { readonly kind: 'datetime' })
  | (FieldBase & { readonly kind: 'boolean' })
  | (FieldBase & { readonly kind: 'select'; readonly choices: readonly Choice[] })
  | (FieldBase & { readonly kind: 'multiselect'; readonly choices: readonly Choice[] })
  /** An id of another list (`path` is its list route); `many` for an array of ids. */
  | (FieldBase & { readonly kind: 'relation'; readonly path: string; readonly many?: boolean })
  /** Several values typed one per line (barcodes); `decimal` checks each as a decimal. */
  | (FieldBase & { readonly kind: 'list'; readonly decimal?: boolean })
  /** Written, never read back (a PIN): empty leaves it as it is. */
  | (FieldBase & { readonly kind: 'secret'; readonly pattern?: RegExp; readonly patternMessage?: string })
  /** Rows inside the record (a pricelist's rules, a fiscal position's tax mappings). */
  | (FieldBase & {
      readonly kind: 'rows';
      readonly fields: readonly FieldSpec[];
      readonly addLabel: string;
    });

export type FieldKind = FieldSpec['kind'];

/** What a form holds for each field, as the inputs show it (text for numbers, ids as text). */
export type FieldValue = string | boolean | readonly string[] | readonly FormValues[];
export type FormValues = Readonly<Record<string, FieldValue>>;

/** A record as the server answers it. */
export type ApiRecord = Readonly<Record<string, unknown>> & { readonly id: number };

export interface ListColumn {
  readonly key: string;
  readonly header: string;
  readonly align?: 'left' | 'right';
  readonly nowrap?: boolean;
  readonly render: (row: ApiRecord, ctx: ColumnContext) => ReactNode;
}

/** What a column may need besides its row: names of related records. */
export interface ColumnContext {
  readonly nameOf: (path: string, id: unknown) => string;
}

export interface EntitySpec {
  /** The segment in the URL: /config/<slug> and /api/<slug>. */
  readonly slug: string;
  readonly title: string;
  /** "product": for "New product", "Delete this product?". */
  readonly singular: string;
  readonly subtitle?: string;
  readonly columns: readonly ListColumn[];
  readonly fields: readonly FieldSpec[];
  /** The form's sections: field names in groups, in order (all fields in one group when unset). */
  readonly sections?: readonly { readonly title: string; readonly fields: readonly string[] }[];
  /** Lists of other routes whose names a column shows (categories for products). */
  readonly lookups?: readonly string[];
  readonly searchPlaceholder?: string;
  /** Export and import as CSV (products, customers). */
  readonly csv?: boolean;
  /** How an imported row finds the record it updates. */
  readonly importHelp?: string;
  /** The list route answers a plain array, without search or paging (shops). */
  readonly plainList?: boolean;
  /** Records have no archived state (categories): no filter, no Archive button. */
  readonly noArchive?: boolean;
  /** Records cannot be deleted from here (shops): archive only. */
  readonly noDelete?: boolean;
  /** What the form shows beside the fields (an employee's PIN state). */
  readonly aside?: (record: ApiRecord) => ReactNode;
  /** The name shown in the header of a record's page. */
  readonly titleOf?: (record: ApiRecord) => string;
}
