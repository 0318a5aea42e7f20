import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useParams } from 'wouter';
import type { ApiFailure } from '../../api/http.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { useLoad } from '../../app/use-load.ts';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { createRecord, deleteRecord, loadRecord, updateRecord } from './api.ts';
import type { ApiRecord, EntitySpec, FieldSpec, FieldValue, FormValues } from './entity.ts';
import { entityBySlug } from './entities.tsx';
import { FieldInput } from './FieldInput.tsx';
import {
  buildBody,
  claimsField,
  emptyValues,
  serverFieldError,
  valuesFromRecord,
  type FieldErrors,
} from './form-values.ts';
import { forgetOptions } from './options.ts';
import './config.css';

/** The form of one record (`/config/products/12`) or of a new one (`/config/products/new`). */
export function ConfigFormPage() {
  const { entity, id } = useParams<{ entity: string; id: string }>();
  const spec = entityBySlug(entity);
  const recordId = id === 'new' ? null : Number(id);
  if (!spec || (recordId !== null && !(recordId > 0))) return <NotFound />;
  if (recordId === null) return <EntityForm key={`${spec.slug}-new`} spec={spec} record={null} />;
  return <LoadedForm key={`${spec.slug}-${recordId}`} spec={spec} id={recordId} />;
}

function LoadedForm({ spec, id }: { spec: EntitySpec; id: number }) {
  const { data, failure } = useLoad(`${spec.slug}/${id}`, () => loadRecord(spec, id));
  if (!data)
    return (
      <>
        <PageHeader title={spec.title} back={{ href: `/config/${spec.slug}`, label: spec.title }} />
        {failure ? <FailureNotice failure={failure} /> : <div className="card skeleton form-skeleton" />}
      </>
    );
  return <EntityForm spec={spec} record={data} />;
}

/**
 * What a page says after it moved on: a record created at /new is shown again at its own address,
 * by a new form, which says it was created.
 */
let nextNotice: string | null = null;
function takeNotice(): Outcome {
  const text = nextNotice;
  nextNotice = null;
  return text ? { kind: 'saved', text } : null;
}

type Outcome =
  | { kind: 'saved'; text: string }
  | { kind: 'failure'; failure: ApiFailure }
  | { kind: 'in_use'; message: string }
  | null;

function EntityForm({ spec, record: loaded }: { spec: EntitySpec; record: ApiRecord | null }) {
  const [, navigate] = useLocation();
  const [record, setRecord] = useState<ApiRecord | null>(loaded);
  const [original, setOriginal] = useState<FormValues | null>(
    loaded ? valuesFromRecord(spec.fields, loaded) : null,
  );
  const [values, setValues] = useState<FormValues>(original ?? emptyValues(spec.fields));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(takeNotice);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const listHref = `/config/${spec.slug}`;
  const setValue = (name: string, value: FieldValue) => {
    setValues((v) => ({ ...v, [name]: value }));
    // The message under a field goes once the field is changed; the others stay until saved.
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => k !== name && !k.startsWith(`${name}.`))),
    );
  };

  /** The record as the server now has it, shown again. */
  const adopt = (next: ApiRecord) => {
    forgetOptions();
    const nextValues = valuesFromRecord(spec.fields, next);
    setRecord(next);
    setOriginal(nextValues);
    setValues(nextValues);
    setErrors({});
  };

  const fail = (failure: ApiFailure) => {
    const fieldErrors = serverFieldError(failure);
    if (claimsField(spec.fields, fieldErrors)) {
      setErrors(fieldErrors);
      setOutcome(null);
    } else {
      setErrors({});
      setOutcome({ kind: 'failure', failure });
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildBody(spec.fields, values, original ?? undefined);
    if (!built.ok) {
      setErrors(built.errors);
      setOutcome(null);
      return;
    }
    if (record && Object.keys(built.body).length === 0) {
      setOutcome({ kind: 'saved', text: 'Nothing changed.' });
      return;
    }
    setBusy(true);
    const r = record ? await updateRecord(spec, record.id, built.body) : await createRecord(spec, built.body);
    setBusy(false);
    if (!r.ok) return fail(r.error);
    if (!record) {
      forgetOptions();
      nextNotice = `The ${spec.singular} is created.`;
      navigate(`/config/${spec.slug}/${r.value.id}`, { replace: true });
      return;
    }
    adopt(r.value);
    setOutcome({ kind: 'saved', text: 'Saved.' });
  };

  const setActive = async (active: boolean) => {
    if (!record) return;
    setBusy(true);
    const r = await updateRecord(spec, record.id, { active });
    setBusy(false);
    if (!r.ok) return fail(r.error);
    adopt(r.value);
    setOutcome({
      kind: 'saved',
      text: active ? 'Restored: offered again.' : 'Archived: kept for history, no longer offered.',
    });
  };

  const remove = async () => {
    if (!record) return;
    setBusy(true);
    const r = await deleteRecord(spec, record.id);
    setBusy(false);
    setConfirmDelete(false);
    if (r.ok) {
      forgetOptions();
      navigate(listHref);
      return;
    }
    if (r.error.type === 'http' && r.error.code === 'in_use')
      setOutcome({ kind: 'in_use', message: r.error.message });
    else fail(r.error);
  };

  const clearSecret = async (field: FieldSpec) => {
    if (!record) return;
    setBusy(true);
    const r = await updateRecord(spec, record.id, { [field.name]: null });
    setBusy(false);
    if (!r.ok) return fail(r.error);
    adopt(r.value);
    setOutcome({ kind: 'saved', text: `${field.label.replace(/^New /, '')} removed.` });
  };

  const archived = record?.active === false;
  const title = record
    ? (spec.titleOf?.(record) ?? String(record.name ?? `#${record.id}`))
    : `New ${spec.singular}`;
  const sections = spec.sections ?? [{ title: '', fields: spec.fields.map((f) => f.name) }];
  const byName = new Map(spec.fields.map((f) => [f.name, f]));
  const unsectioned = spec.fields.filter((f) => !sections.some((s) => s.fields.includes(f.name)));

  const renderField = (field: FieldSpec) => {
    if (field.visibleWhen && !field.visibleWhen(values)) return null;
    const input = (
      <FieldInput
        field={field}
        value={values[field.name]}
        onChange={(v) => setValue(field.name, v)}
        errors={errors}
        path={field.name}
        selfId={record?.id}
      />
    );
    const wide = field.wide || field.kind === 'rows';
    return (
      <div key={field.name} className={wide ? 'form-cell wide' : 'form-cell'}>
        {field.kind === 'rows' ? <h3 className="rows-title">{field.label}</h3> : null}
        {input}
        {field.kind === 'secret' && record?.has_pin ? (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => void clearSecret(field)}
          >
            Remove the PIN
          </button>
        ) : null}
      </div>
    );
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form className="config-form" onSubmit={(e) => void save(e)} noValidate>
      <PageHeader
        title={title}
        subtitle={archived ? 'Archived: kept on past orders, no longer offered.' : undefined}
        back={{ href: listHref, label: spec.title }}
        actions={
          <>
            {record && spec.aside ? spec.aside(record) : null}
            <button type="submit" className="primary" disabled={busy}>
              {record ? 'Save' : `Create ${spec.singular}`}
            </button>
          </>
        }
      />
      {errorCount > 0 ? (
        <Notice tone="error">
          {errorCount === 1 ? 'One field needs a correction' : `${errorCount} fields need a correction`}: see
          the message under it.
        </Notice>
      ) : null}
      {outcome?.kind === 'saved' ? <Notice tone="success">{outcome.text}</Notice> : null}
      {outcome?.kind === 'failure' ? <FailureNotice failure={outcome.failure} /> : null}
      {outcome?.kind === 'in_use' ? (
        <Notice tone="warning">
          <div className="notice-with-action">
            <span>{outcome.message}</span>
            {!archived && !spec.noArchive ? (
              <button type="button" disabled={busy} onClick={() => void setActive(false)}>
                Archive instead
              </button>
            ) : null}
          </div>
        </Notice>
      ) : null}
      {sections.map((section, i) => (
        <section key={section.title || i} className="card form-section">
          {section.title ? <h2>{section.title}</h2> : null}
          <SectionFields
            fields={[
              ...section.fields.flatMap((name) => byName.get(name) ?? []),
              ...(i === sections.length - 1 ? unsectioned : []),
            ].filter((f) => !f.visibleWhen || f.visibleWhen(values))}
            render={renderField}
          />
        </section>
      ))}
      <div className="form-actions form-footer">
        <button type="submit" className="primary" disabled={busy}>
          {record ? 'Save' : `Create ${spec.singular}`}
        </button>
        {record ? (
          <>
            <button
              type="button"
              onClick={() => {
                setValues(original ?? emptyValues(spec.fields));
                setErrors({});
                setOutcome(null);
              }}
              disabled={busy}
            >
              Discard changes
            </button>
            <span className="spacer" />
            {spec.noArchive ? null : (
              <button type="button" disabled={busy} onClick={() => void setActive(archived)}>
                {archived ? 'Unarchive' : 'Archive'}
              </button>
            )}
            {spec.noDelete ? null : confirmDelete ? (
              <span className="confirm">
                Delete this {spec.singular} for good?
                <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
                  Yes, delete
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            )}
          </>
        ) : null}
      </div>
    </form>
  );
}

/**
 * A section's inputs in two columns, then its tick boxes in one column below: a tick box beside
 * an input never lines up with it, and options read better as a list.
 */
function SectionFields({
  fields,
  render,
}: {
  fields: readonly FieldSpec[];
  render: (field: FieldSpec) => ReactNode;
}) {
  const inputs = fields.filter((f) => f.kind !== 'boolean' && f.kind !== 'rows');
  const checks = fields.filter((f) => f.kind === 'boolean');
  const rows = fields.filter((f) => f.kind === 'rows');
  const grid = inputs.length ? <div className="form-grid">{inputs.map(render)}</div> : null;
  const list = checks.length ? <div className="form-checks">{checks.map(render)}</div> : null;
  // A section opened by a tick box (cash rounding) shows it first: the inputs depend on it.
  // Rows (a pricelist's rules) come last, under the record's own fields.
  return (
    <>
      {fields[0]?.kind === 'boolean' ? list : grid}
      {fields[0]?.kind === 'boolean' ? grid : list}
      {rows.length ? <div className="form-rows">{rows.map(render)}</div> : null}
    </>
  );
}
