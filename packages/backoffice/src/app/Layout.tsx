import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useAuth } from './auth.tsx';
import { isCurrent, navigationFor } from './navigation.ts';

/** Sidebar with every section, a top bar with who is logged in, the page in the middle. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { user, logout } = useAuth();
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span>
            Till <span className="brand-sub">back office</span>
          </span>
        </div>
        {navigationFor(user.role).map((section, i) => (
          <div className="nav-section" key={section.title ?? i}>
            {section.title ? <div className="nav-title">{section.title}</div> : null}
            <ul>
              {section.items.map((item) => {
                const current = isCurrent(item.href, location);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className={current ? 'nav-link current' : 'nav-link'}
                      aria-current={current ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        <a className="nav-link till-link" href="/pos/">
          Open the till ↗
        </a>
      </nav>
      <div className="main">
        <div className="topbar">
          <span className="user">
            {user.name} <span className="muted">· {user.role}</span>
          </span>
          <button type="button" className="link-button" onClick={logout}>
            Log out
          </button>
        </div>
        <main className="content">{children}</main>
      </div>
    </div>
  );
}
