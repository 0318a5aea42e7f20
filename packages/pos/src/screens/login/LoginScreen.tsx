import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/hooks.ts';
import '../boot/boot.css';
import './login.css';

/** The back-office user logs this device in, once. */
export function LoginScreen() {
  const app = useApp();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await app.login(login.trim(), password));
    setBusy(false);
  };

  return (
    <main className="center-page login-page">
      <form className="card login-card" onSubmit={(e) => void submit(e)}>
        <span className="brand-mark">Till</span>
        <h1>Log in to this till</h1>
        <p className="muted">
          With a back-office account that has rights on the shop. The device stays logged in.
        </p>
        <label>
          Login
          <input
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            autoComplete="username"
            autoFocus
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </label>
        <p className="error-text login-error" role="alert">
          {error ?? ''}
        </p>
        <button className="btn-primary btn-big" disabled={busy || !login || !password}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}
