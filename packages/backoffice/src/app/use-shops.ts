import { listShopOptions, type ShopOption } from '../api/shops.ts';
import { useLoad } from './use-load.ts';

/** The shops for a filter or a picker, and the currency of one of them. */
export function useShops(): {
  shops: readonly ShopOption[];
  currencyOf: (shopId: number | undefined) => string;
} {
  const { data } = useLoad('shops', listShopOptions);
  const shops = data ?? [];
  return {
    shops,
    currencyOf: (shopId) =>
      shops.find((s) => s.id === shopId)?.currency_code ?? shops[0]?.currency_code ?? 'EUR',
  };
}
