// The public face of @till/core. Each domain lives in its own folder; import from here.
export * from './shared/result.ts';
export * from './money/decimal.ts';
export * from './money/currency.ts';
export * from './money/split.ts';
export * from './rounding/rounding-method.ts';
export * from './rounding/round-half-up.ts';
export * from './rounding/round-to-step.ts';
export * from './barcode/check-digit.ts';
export * from './barcode/encoding.ts';
export * from './barcode/upc-ean-conversion.ts';
export * from './barcode/barcode-pattern.ts';
export * from './barcode/nomenclature.ts';
export * from './barcode/default-nomenclature.ts';
export * from './barcode/scanned-code.ts';
export * from './barcode/barcode-error.ts';
export * from './barcode/parse-barcode.ts';
