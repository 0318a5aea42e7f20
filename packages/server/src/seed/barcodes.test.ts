import { hasValidCheckDigit, parseBarcode } from '@till/core';
import { describe, expect, it } from 'vitest';
import { ean13, weightBarcodeBase, weightLabel } from './barcodes.ts';

describe('demo barcodes', () => {
  it('EAN-13 gets its check digit (GS1 example 400638133393 → 1)', () => {
    expect(ean13('400638133393')).toBe('4006381333931');
    expect(hasValidCheckDigit(ean13('376000000042'))).toBe(true);
  });

  it('a weighed product’s barcode is the base code of its scale labels', () => {
    const base = weightBarcodeBase(10_003);
    expect(base).toMatch(/^211000300000[0-9]$/);
    const parsed = parseBarcode(weightLabel(10_003, 1250));
    expect(parsed.ok && parsed.value.type).toBe('weight');
    expect(parsed.ok && parsed.value.base_code).toBe(base);
    expect(parsed.ok && parsed.value.value?.toString()).toBe('1.25');
  });
});
