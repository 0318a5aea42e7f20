import { useState, type FormEvent } from 'react';
import { login } from '../../api/auth.ts';
import type { User } from '../../api/types.ts';
import { Notice } from '../../components/Notice.tsx';
import './login.css';

interface Props {
  readonly expired: boolean;
  readonly onLoggedIn: (user: User) => void;
}

export function LoginPage({ expired, onLoggedIn }: Props) {
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const r = await login(loginName.trim(), password);
    setBusy(false);
    if (r.ok) onLoggedIn(r.value.user);
    else setMessage(r.error.message);
  };

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)}>
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <div>
            <h1>Till back office</h1>
            <p className="muted">Shops, sessions, orders and reports</p>
          </div>
        </div>
        {expired ? <Notice tone="info">Your session ended. Log in again to continue.</Notice> : null}
        {message ? <Notice tone="error">{message}</Notice> : null}
        <label htmlFor="login">Login</label>
        <input
          id="login"
          autoComplete="username"
          value={loginName}
          onChange={(e) => setLoginName(e.target.value)}
          required
          autoFocus
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </div>
  );
}
