import type { ReactNode } from 'react';
import { StatusIndicator } from '../status/StatusIndicator.tsx';
import './top-bar.css';

/** The dark bar on top of every working screen: brand, the screen's own controls, the status. */
export function AppHeader({
  title,
  children,
  right,
}: {
  title?: string;
  children?: ReactNode;
  right?: ReactNode;
}) {
  return (
    <header className="app-header">
      <span className="app-brand">Till</span>
      {title && <span className="app-title">{title}</span>}
      <div className="app-header-main">{children}</div>
      <StatusIndicator />
      {right}
    </header>
  );
}
