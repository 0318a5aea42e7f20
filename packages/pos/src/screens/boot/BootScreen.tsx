import './boot.css';

export function BootScreen() {
  return (
    <main className="center-page">
      <div className="boot-mark" aria-busy="true">
        <span className="brand-mark">Till</span>
        <p className="muted">Starting…</p>
      </div>
    </main>
  );
}
