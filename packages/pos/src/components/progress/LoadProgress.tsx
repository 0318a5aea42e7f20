import type { LoadState } from '../../state/app-state.ts';
import './progress.css';

/** "Loading products 12,000 / 100,000" with a bar; nothing once the load is done. */
export function LoadProgress({ load, compact }: { load: LoadState | null; compact?: boolean }) {
  if (!load) return null;
  if (load.error) return <div className="load-progress load-error">Loading stopped: {load.error}</div>;
  if (!load.running) return null;
  const total = load.products_total;
  const share = total > 0 ? Math.min(1, load.products_loaded / total) : 0;
  const text =
    total > 0
      ? `Loading products ${load.products_loaded.toLocaleString()} / ${total.toLocaleString()}`
      : 'Loading the shop’s data…';
  return (
    <div
      className={`load-progress${compact ? ' load-compact' : ''}`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={load.products_loaded}
      aria-label={text}
    >
      <span>{text}</span>
      <span className="load-bar">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
