import type { ReactNode } from 'react';
import { Link } from 'wouter';

interface Props {
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly back?: { href: string; label: string };
  readonly actions?: ReactNode;
}

export function PageHeader({ title, subtitle, back, actions }: Props) {
  return (
    <header className="page-header">
      <div>
        {back ? (
          <Link href={back.href} className="back-link">
            ← {back.label}
          </Link>
        ) : null}
        <h1>{title}</h1>
        {subtitle ? <p className="subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
