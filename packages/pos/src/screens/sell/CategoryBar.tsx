import type { ReactNode } from 'react';
import type { CategoryTree } from '../../catalog/category-tree.ts';
import { Icon } from '../../components/icon/Icon.tsx';

/** The breadcrumb from "All" down to the open category, and the sub-categories to open next. */
export function CategoryBar(props: {
  tree: CategoryTree;
  categoryId: number | null;
  searching: boolean;
  onOpen: (id: number | null) => void;
  aside?: ReactNode;
}) {
  const path = props.tree.pathTo(props.categoryId);
  const children = props.tree.childrenOf(props.categoryId);
  return (
    <div className="category-bar">
      <nav className="breadcrumb" aria-label="Categories">
        <button className="crumb" onClick={() => props.onOpen(null)} aria-current={props.categoryId === null}>
          <Icon name="home" /> All
        </button>
        {path.map((c) => (
          <span key={c.id} className="crumb-wrap">
            <span className="crumb-sep" aria-hidden>
              ›
            </span>
            <button
              className="crumb"
              onClick={() => props.onOpen(c.id)}
              aria-current={c.id === props.categoryId}
            >
              {c.name}
            </button>
          </span>
        ))}
        {props.searching && (
          <span className="muted crumb-search">· search in {path.at(-1)?.name ?? 'all products'}</span>
        )}
        {props.aside && <span className="crumb-aside">{props.aside}</span>}
      </nav>
      {children.length > 0 && (
        <div className="subcategories">
          {children.map((c) => (
            <button key={c.id} className="subcategory" onClick={() => props.onOpen(c.id)}>
              {c.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
