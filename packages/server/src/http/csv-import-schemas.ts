import { Type } from '@sinclair/typebox';

/** The body of a CSV import route: the file's text (up to 30 MB) and whether to only check it. */
export const CsvImportBody = Type.Object(
  {
    csv: Type.String({ maxLength: 30 * 1024 * 1024, description: 'The CSV text, header line first.' }),
    dry_run: Type.Optional(Type.Boolean({ description: 'Check and count, write nothing.' })),
  },
  { additionalProperties: false },
);

/** What an import did, or every line and column at fault (then nothing was written). */
export const CsvImportAnswer = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  errors: Type.Array(
    Type.Object({
      line: Type.Integer(),
      field: Type.Union([Type.String(), Type.Null()]),
      message: Type.String(),
    }),
  ),
});

/** The route body limit for a CSV import: the 30 MB of text once JSON-escaped. */
export const CSV_IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
