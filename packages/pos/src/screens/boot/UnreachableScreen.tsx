import './boot.css';

export function UnreachableScreen({ message }: { message: string }) {
  return (
    <main className="center-page">
      <div className="card boot-card">
        <span className="brand-mark">Till</span>
        <h1>The till cannot start</h1>
        <p>{message}</p>
        <button className="btn-primary btn-big" onClick={() => location.reload()}>
          Try again
        </button>
      </div>
    </main>
  );
}
