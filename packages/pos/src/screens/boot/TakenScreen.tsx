import './boot.css';

/** A second tab of the same browser asked for a session that already sells in another tab. */
export function TakenScreen({ sessionName }: { sessionName: string }) {
  return (
    <main className="center-page">
      <div className="card boot-card">
        <span className="brand-mark">Till</span>
        <h1>This session is already open in another tab</h1>
        <p>
          {sessionName} is selling in another tab or window of this browser. One session sells in one tab at a
          time, so that receipt numbers never repeat. Go back to that tab, or close it and then reload this
          one.
        </p>
        <button className="btn-primary btn-big" onClick={() => location.reload()}>
          I closed the other tab: try again
        </button>
      </div>
    </main>
  );
}
