import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  FRESH,
  keypadKeyOf,
  type NumpadInput,
  type NumpadKey,
} from '../../components/numpad/numpad-input.ts';
import { LoadProgress } from '../../components/progress/LoadProgress.tsx';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useKeyboard } from '../../device/use-keyboard.ts';
import { localDay } from '../../order/clock.ts';
import { computeTillOrder } from '../../order/compute-till-order.ts';
import { setLineNote } from '../../order/edit-order.ts';
import { useApp, useAppState, useCatalogVersion, useOrdersState } from '../../state/hooks.ts';
import { useLatestState } from '../../state/use-latest-state.ts';
import { applyPadKey, type PadMode } from './apply-pad-key.ts';
import { Cart } from './Cart.tsx';
import { CartActions } from './CartActions.tsx';
import { CategoryBar } from './CategoryBar.tsx';
import { CustomerDialog } from './customer/CustomerDialog.tsx';
import { NoteDialog } from './NoteDialog.tsx';
import { OrderTabs } from './OrderTabs.tsx';
import { ProductGrid } from './ProductGrid.tsx';
import { ProductSearch } from './ProductSearch.tsx';
import { SellMenu } from './SellMenu.tsx';
import { SellPad } from './SellPad.tsx';
import { useSellActions } from './use-sell-actions.ts';
import './sell.css';

/** The selling screen: products and search on the right, the order, keypad and Payment on the left. */
export function SellScreen() {
  const app = useApp();
  const { catalog } = app;
  const { session, employee, load } = useAppState();
  const { drafts, currentUid, selectedLine } = useOrdersState();
  const version = useCatalogVersion();
  const actions = useSellActions();
  const order = drafts.find((o) => o.uid === currentUid) ?? null;
  // The catalog changes in place (a page of products, a tax): `version` says when.
  const computed = useMemo(
    () => (void version, order ? computeTillOrder(order, catalog) : null),
    [order, catalog, version],
  );
  const lineUid = order ? (selectedLine[order.uid] ?? order.lines.at(-1)?.uid ?? null) : null;
  const line = order?.lines.find((l) => l.uid === lineUid) ?? null;

  const [mode, setMode] = useState<PadMode>('qty');
  const [, setInput, readInput] = useLatestState<NumpadInput>(FRESH);
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'customer' | 'note' | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const deferredQuery = useDeferredValue(query);

  useEffect(() => setInput(FRESH), [lineUid, mode, currentUid, setInput]);
  useEffect(() => {
    if (!order) void app.orders.startNext(employee?.id ?? null);
  }, [app, order, employee]);

  const ids = useMemo(() => {
    void version;
    const groups = categoryId === null ? null : catalog.categoryTree.subtree(categoryId);
    return catalog.productIndex.search({ query: deferredQuery, groups });
  }, [catalog, deferredQuery, categoryId, version]);

  const priceContext = useMemo(
    () => ({
      pricelistId: order?.pricelist_id ?? catalog.shop?.default_pricelist_id ?? null,
      fiscalPositionId: order?.fiscal_position_id ?? null,
      date: localDay(new Date()),
    }),
    [order?.pricelist_id, order?.fiscal_position_id, catalog.shop],
  );

  const pressKey = (key: NumpadKey) => {
    if (!order || !lineUid) return;
    let nextInput = readInput();
    let removed = false;
    app.orders.update(order.uid, (o, ctx) => {
      const outcome = applyPadKey(o, lineUid, mode, readInput(), key, ctx);
      nextInput = outcome.input;
      removed = outcome.removed;
      return outcome.order;
    });
    setInput(nextInput);
    if (removed) app.orders.selectLine(order.uid, null);
  };

  const scan = async (code: string) => setMessage(await actions.scan(code));

  useKeyboard(
    {
      onScan: (code) => void scan(code),
      onKey: (key) => {
        const padKey = keypadKeyOf(key);
        if (padKey) return pressKey(padKey);
        if (key.length === 1 && /\p{L}/u.test(key)) {
          search.current?.focus();
          setQuery((q) => q + key);
        }
      },
    },
    dialog === null,
  );

  const enterSearch = () => {
    const text = query.trim();
    if (!text) return;
    const direct = catalog.productCodes.get(text) ?? catalog.productCodes.get(text.toLowerCase());
    const product =
      direct !== undefined
        ? catalog.products.get(direct)
        : ids.length === 1
          ? catalog.products.get(ids[0]!)
          : undefined;
    if (product) {
      void actions.add(product);
      setQuery('');
      setMessage(null);
    } else if (/^\d{4,}$/.test(text)) {
      void scan(text).then(() => setQuery(''));
    }
  };

  const canChangePrice = employee?.role === 'manager';
  const currentCustomer = order?.customer_name
    ? { id: order.customer_id, uid: order.customer_uid, name: order.customer_name }
    : null;

  return (
    <div className="screen sell-screen">
      <AppHeader title={session?.session.name} right={<SellMenu />}>
        <OrderTabs />
      </AppHeader>
      <main className="sell-body">
        <section className="sell-left">
          <Cart order={order} computed={computed} selectedLine={lineUid} />
          <CartActions
            order={order}
            hasLine={line !== null}
            onCustomer={() => setDialog('customer')}
            onNote={() => setDialog('note')}
          />
          <SellPad
            mode={mode}
            onMode={(m) => (m === 'price' && !canChangePrice ? undefined : setMode(m))}
            onKey={pressKey}
            hasLine={line !== null}
            canChangePrice={canChangePrice}
            canPay={!!order && order.lines.length > 0}
            onPay={() => app.go({ name: 'payment' })}
          />
        </section>
        <section className="sell-right">
          <div className="sell-search-row">
            <ProductSearch
              inputRef={search}
              value={query}
              onChange={(q) => {
                setQuery(q);
                setMessage(null);
              }}
              onEnter={enterSearch}
            />
          </div>
          <div className="scan-message" role="alert" aria-live="assertive">
            {message && (
              <>
                <span>{message}</span>
                <button className="btn-ghost" onClick={() => setMessage(null)} aria-label="Dismiss">
                  ×
                </button>
              </>
            )}
          </div>
          <CategoryBar
            tree={catalog.categoryTree}
            categoryId={categoryId}
            searching={deferredQuery.trim() !== ''}
            onOpen={setCategoryId}
            aside={<LoadProgress load={load} compact />}
          />
          <ProductGrid
            ids={ids}
            query={deferredQuery}
            priceContext={priceContext}
            onPick={(p) => {
              setMessage(null);
              void actions.add(p);
            }}
            emptyText={
              catalog.products.size === 0
                ? 'No product is loaded yet.'
                : `No product matches “${deferredQuery}”.`
            }
          />
        </section>
      </main>
      {dialog === 'customer' && (
        <CustomerDialog
          current={currentCustomer}
          onClose={() => setDialog(null)}
          onChoose={(c) => {
            void actions.chooseCustomer(c);
            setDialog(null);
          }}
        />
      )}
      {dialog === 'note' && order && line && (
        <NoteDialog
          productName={line.product_name}
          note={line.customer_note}
          onClose={() => setDialog(null)}
          onSave={(note) => {
            app.orders.update(order.uid, (o, ctx) => setLineNote(o, ctx, line.uid, note));
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
