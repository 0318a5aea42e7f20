import { useState } from 'react';
import { useParams } from 'wouter';
import type { ApiFailure } from '../../api/http.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { exportHref, importCsv, type ImportReport } from './api.ts';
import { entityBySlug } from './entities.tsx';
import { forgetOptions } from './options.ts';
import './config.css';

/**
 * Import a CSV of products or customers: pick the file, a dry run says what would happen line by
 * line, then the import. The columns are those of the export, so an export edited in a
 * spreadsheet comes back in.
 */
export function CsvImportPage() {
  const { entity } = useParams<{ entity: string }>();
  const spec = entityBySlug(entity);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<{ dryRun: boolean; value: ImportReport } | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  if (!spec?.csv) return <NotFound />;

  const pick = async (picked: File | undefined) => {
    setReport(null);
    setFailure(null);
    setFile(picked ? { name: picked.name, text: await picked.text() } : null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    const r = await importCsv(spec, file.text, dryRun);
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error);
      setReport(null);
      return;
    }
    setFailure(null);
    setReport({ dryRun, value: r.value });
    if (!dryRun) forgetOptions();
  };

  const errors = report?.value.errors ?? [];
  const checked = report?.dryRun === true;
  return (
    <>
      <PageHeader
        title={`Import ${spec.title.toLowerCase()}`}
        subtitle={spec.importHelp ?? 'The export’s columns: known rows are updated, the others created.'}
        back={{ href: `/config/${spec.slug}`, label: spec.title }}
        actions={
          <a className="button" href={exportHref(spec)} download>
            Export CSV
          </a>
        }
      />
      <section className="card import-card">
        <Field
          label="CSV file"
          hint={
            file
              ? `${file.name}: ${lineCount(file.text)} rows`
              : 'UTF-8, comma separated, a header line first.'
          }
        >
          <input type="file" accept=".csv,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
        </Field>
        <div className="form-actions">
          <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
            Dry run
          </button>
          <button
            type="button"
            className="primary"
            // The import is all or nothing: a file with errors is corrected first.
            disabled={!file || busy || !checked || errors.length > 0}
            title={checked ? undefined : 'Run a dry run first'}
            onClick={() => void run(false)}
          >
            Import
          </button>
          {!checked && file ? <span className="muted">A dry run first shows what would change.</span> : null}
        </div>
      </section>
      <FailureNotice failure={failure} />
      {report ? (
        <section className="card section" aria-label="Import report">
          <h2>{report.dryRun ? 'Dry run: nothing was saved' : 'Imported'}</h2>
          <div className="stats import-stats">
            <Stat label={report.dryRun ? 'Would be created' : 'Created'} value={report.value.created} />
            <Stat label={report.dryRun ? 'Would be updated' : 'Updated'} value={report.value.updated} />
            <Stat label="Errors" value={errors.length} />
          </div>
          {errors.length ? (
            <>
              <Notice tone="warning">
                {report.dryRun
                  ? 'These rows have errors: correct them in the file and run the dry run again.'
                  : 'Nothing was imported: correct these rows and try again.'}
              </Notice>
              <DataTable
                label="Rows with errors"
                columns={[
                  { key: 'line', header: 'Line', align: 'right', width: '5rem', render: (e) => e.line },
                  { key: 'field', header: 'Column', nowrap: true, render: (e) => e.field ?? '' },
                  { key: 'message', header: 'Problem', render: (e) => e.message },
                ]}
                rows={errors}
                rowKey={(e) => `${e.line}-${e.field ?? ''}-${e.message}`}
              />
            </>
          ) : (
            <Notice tone="success">
              {report.dryRun ? 'Every row can be imported.' : 'Every row was imported.'}
            </Notice>
          )}
        </section>
      ) : null}
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat">
      <div className="label">{label}</div>
      <div className="value">{value.toLocaleString()}</div>
    </div>
  );
}

/** Rows after the header (a last empty line is not a row). */
function lineCount(text: string): number {
  return Math.max(0, text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1);
}
