import type { RouteModule } from '../context.ts';
import * as categories from './categories/schemas.ts';
import * as categoryService from './categories/service.ts';
import { registerCatalogResource } from './crud-routes.ts';
import { productCsvRoutes } from './products/csv-routes.ts';
import * as products from './products/schemas.ts';
import * as productService from './products/service.ts';
import * as fiscalPositions from './fiscal-positions/schemas.ts';
import * as fiscalPositionService from './fiscal-positions/service.ts';
import * as pricelists from './pricelists/schemas.ts';
import * as pricelistService from './pricelists/service.ts';
import * as paymentMethods from './payment-methods/schemas.ts';
import * as paymentMethodService from './payment-methods/service.ts';
import * as taxes from './taxes/schemas.ts';
import * as taxService from './taxes/service.ts';

/** The shop's catalog and configuration: one module, each record type from its own folder. */
export const catalogRoutes: RouteModule = (app, ctx) => {
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/payment-methods',
      noun: 'payment method',
      searches: 'name',
      item: paymentMethods.PaymentMethodSchema,
      newBody: paymentMethods.NewPaymentMethodBody,
      changesBody: paymentMethods.PaymentMethodChangesBody,
      query: paymentMethods.PaymentMethodQuery,
      list: paymentMethodService.listPaymentMethods,
      find: paymentMethodService.findPaymentMethod,
      create: paymentMethodService.createPaymentMethod,
      update: paymentMethodService.updatePaymentMethod,
      remove: paymentMethodService.deletePaymentMethod,
    },
    ['payment methods'],
  );
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/taxes',
      noun: 'tax',
      searches: 'name',
      item: taxes.TaxSchema,
      newBody: taxes.NewTaxBody,
      changesBody: taxes.TaxChangesBody,
      query: taxes.TaxQuery,
      list: taxService.listTaxes,
      find: taxService.findTax,
      create: taxService.createTax,
      update: taxService.updateTax,
      remove: taxService.deleteTax,
    },
    ['taxes'],
  );
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/categories',
      noun: 'category',
      searches: 'full name',
      item: categories.CategorySchema,
      newBody: categories.NewCategoryBody,
      changesBody: categories.CategoryChangesBody,
      query: categories.CategoryQuery,
      list: categoryService.listCategories,
      find: categoryService.findCategory,
      create: categoryService.createCategory,
      update: categoryService.updateCategory,
      remove: categoryService.deleteCategory,
    },
    ['categories'],
  );
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/products',
      noun: 'product',
      searches: 'name, internal reference, barcode',
      item: products.ProductSchema,
      newBody: products.NewProductBody,
      changesBody: products.ProductChangesBody,
      query: products.ProductQuery,
      list: productService.listProducts,
      find: productService.findProduct,
      create: productService.createProduct,
      update: productService.updateProduct,
      remove: productService.deleteProduct,
    },
    ['products'],
  );
  productCsvRoutes(app, ctx);
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/fiscal-positions',
      noun: 'fiscal position',
      searches: 'name, note',
      item: fiscalPositions.FiscalPositionSchema,
      newBody: fiscalPositions.NewFiscalPositionBody,
      changesBody: fiscalPositions.FiscalPositionChangesBody,
      query: fiscalPositions.FiscalPositionQuery,
      list: fiscalPositionService.listFiscalPositions,
      find: fiscalPositionService.findFiscalPosition,
      create: fiscalPositionService.createFiscalPosition,
      update: fiscalPositionService.updateFiscalPosition,
      remove: fiscalPositionService.deleteFiscalPosition,
    },
    ['fiscal positions'],
  );
  registerCatalogResource(
    app,
    ctx,
    {
      path: '/api/pricelists',
      noun: 'pricelist',
      searches: 'name',
      item: pricelists.PricelistSchema,
      newBody: pricelists.NewPricelistBody,
      changesBody: pricelists.PricelistChangesBody,
      query: pricelists.PricelistQuery,
      list: pricelistService.listPricelists,
      find: pricelistService.findPricelist,
      create: pricelistService.createPricelist,
      update: pricelistService.updatePricelist,
      remove: pricelistService.deletePricelist,
    },
    ['pricelists'],
  );
};
