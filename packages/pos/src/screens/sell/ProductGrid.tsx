import { useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TillProduct } from '@till/core';
import { showMoney } from '../../components/money/money.ts';
import { displayedUnitPrice, type PriceContext } from '../../order/line-price.ts';
import { useApp } from '../../state/hooks.ts';

const TILE_MIN_WIDTH = 150;
const ROW_HEIGHT = 112;
const GAP = 8;

/**
 * The products, as tiles in rows; only the rows on screen are in the page, so 100,000 products
 * scroll as smoothly as 10. Every tile has the same size: nothing moves when prices arrive.
 */
export function ProductGrid(props: {
  ids: readonly number[];
  priceContext: PriceContext;
  onPick: (p: TillProduct) => void;
  emptyText: string;
  /** The query these ids answer: shown as `data-query` so a benchmark sees when the grid caught up. */
  query: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () =>
      setColumns(Math.max(1, Math.floor((el.clientWidth - GAP) / (TILE_MIN_WIDTH + GAP))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const rows = Math.ceil(props.ids.length / columns);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT + GAP,
    overscan: 3,
  });

  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [props.ids]);

  return (
    <div className="product-scroller" ref={scroller} data-query={props.query} data-count={props.ids.length}>
      {props.ids.length === 0 && <p className="muted product-empty">{props.emptyText}</p>}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            className="product-row"
            style={{
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, 1fr)`,
              height: ROW_HEIGHT,
            }}
          >
            {props.ids.slice(row.index * columns, row.index * columns + columns).map((id) => (
              <ProductTile key={id} id={id} priceContext={props.priceContext} onPick={props.onPick} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function ProductTile({
  id,
  priceContext,
  onPick,
}: {
  id: number;
  priceContext: PriceContext;
  onPick: (p: TillProduct) => void;
}) {
  const { catalog } = useApp();
  const product = catalog.products.get(id);
  if (!product) return <span />;
  const price = displayedUnitPrice(catalog, product, priceContext);
  return (
    <button
      className="product-tile"
      onClick={() => onPick(product)}
      title={product.default_code ? `${product.name} [${product.default_code}]` : product.name}
    >
      <span className="product-name">{product.name}</span>
      <span className="product-foot">
        <span className="product-code">{product.default_code ?? ''}</span>
        <span className="product-price money">
          {price ? showMoney(price, catalog.currency) : '—'}
          {product.uom === 'kg' ? ' /kg' : ''}
        </span>
      </span>
    </button>
  );
}
