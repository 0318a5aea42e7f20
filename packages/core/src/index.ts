// The public face of @till/core. Each domain lives in its own folder; import from here.
export * from './shared/result.ts';
export * from './money/decimal.ts';
export * from './money/currency.ts';
export * from './money/split.ts';
export * from './rounding/rounding-method.ts';
export * from './rounding/round-half-up.ts';
export * from './rounding/round-to-step.ts';
