import { useMemo } from 'react';
import type { Decimal, TillCustomer, TillProduct } from '@till/core';
import { addProduct, setCustomer, setLineDiscount } from '../../order/edit-order.ts';
import type { AppModel } from '../../state/app-model.ts';
import { useApp } from '../../state/hooks.ts';
import { readScan } from './read-scan.ts';

export interface ChosenCustomer {
  readonly id: number | null;
  readonly uid: string | null;
  readonly fields: TillCustomer;
}

/** What the selling screen does to the current order; each change is saved by the orders store. */
export function useSellActions() {
  const app = useApp();
  return useMemo(() => createSellActions(app), [app]);
}

export function createSellActions(app: AppModel) {
  const orders = app.orders;
  const employeeId = () => app.state.get().employee?.id ?? null;

  const add = async (product: TillProduct, options: { qty?: Decimal; labelPrice?: Decimal } = {}) => {
    const order = await orders.ensureCurrent(employeeId());
    let lineUid: string | null = null;
    orders.update(order.uid, (o, ctx) => {
      const added = addProduct(o, ctx, { product, ...options });
      lineUid = added.lineUid;
      return added.order;
    });
    orders.selectLine(order.uid, lineUid);
  };

  const chooseCustomer = async (customer: ChosenCustomer | null) => {
    const order = await orders.ensureCurrent(employeeId());
    orders.update(order.uid, (o, ctx) => setCustomer(o, ctx, customer));
  };

  /** A scan anywhere on the screen; returns a message for the cashier when it did nothing. */
  const scan = async (code: string): Promise<string | null> => {
    const action = readScan(code, app.catalog);
    switch (action.type) {
      case 'product':
        await add(action.product, { qty: action.qty, labelPrice: action.labelPrice });
        return null;
      case 'discount': {
        const order = orders.current();
        const line = order ? orders.state.get().selectedLine[order.uid] : null;
        if (!order || !line) return 'Scan a product before the discount tag.';
        orders.update(order.uid, (o, ctx) => setLineDiscount(o, ctx, line, action.percent));
        return null;
      }
      case 'customer':
        await chooseCustomer({ id: action.customer.id, uid: null, fields: action.customer });
        return null;
      case 'cashier':
        app.patch({
          employee: { id: action.employee.id, name: action.employee.name, role: action.employee.role },
        });
        app.notify('info', `${action.employee.name} is now selling.`);
        return null;
      case 'error':
        return action.message;
    }
  };

  return { add, chooseCustomer, scan };
}
