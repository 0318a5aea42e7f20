import type { Ref } from 'react';
import { Icon } from '../../components/icon/Icon.tsx';

/** The search box: name, internal reference or barcode; Enter adds the product typed or scanned. */
export function ProductSearch(props: {
  value: string;
  onChange: (v: string) => void;
  onEnter: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <div className="product-search">
      <span className="product-search-icon">
        <Icon name="search" />
      </span>
      <input
        ref={props.inputRef}
        type="search"
        placeholder="Search products (name, reference, barcode)…"
        aria-label="Search products"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            props.onEnter();
          } else if (e.key === 'Escape') {
            props.onChange('');
            e.currentTarget.blur();
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
