import { Type } from '@sinclair/typebox';
import { requireAdmin } from '../../auth/guards.ts';
import type { RouteModule } from '../../context.ts';
import { CSV_IMPORT_BODY_LIMIT, CsvImportAnswer, CsvImportBody } from '../../http/csv-import-schemas.ts';
import { errorResponses } from '../../http/schemas.ts';
import { csvCatalog } from './csv-catalog.ts';
import { productsToCsv } from './csv-format.ts';
import { importProducts } from './csv-import.ts';

const tags = ['products'];

/** The products as a CSV file, and its import (admins: it changes the catalog). */
export const productCsvRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/products/export.csv',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Every product (archived too) as CSV: the import’s columns',
        tags,
        response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      const { products } = await csvCatalog(ctx.db);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="products.csv"')
        .send(productsToCsv(products));
    },
  );

  app.post(
    '/api/products/import',
    {
      preHandler: [requireAdmin()],
      bodyLimit: CSV_IMPORT_BODY_LIMIT,
      schema: {
        summary: 'Import products from CSV: matched by internal reference, else barcode; all or nothing',
        tags,
        body: CsvImportBody,
        response: { 200: CsvImportAnswer, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request) => importProducts(ctx.db, request.body.csv, request.body.dry_run ?? false),
  );
};
