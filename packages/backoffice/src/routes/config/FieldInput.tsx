import { useId } from 'react';
import { useLoad } from '../../app/use-load.ts';
import { Field } from '../../components/Field.tsx';
import type { FieldSpec, FieldValue, FormValues } from './entity.ts';
import { emptyValues, errorForField, type FieldErrors } from './form-values.ts';
import { loadRecordOptions, type RecordOption } from './options.ts';

interface Props {
  readonly field: FieldSpec;
  readonly value: FieldValue | undefined;
  readonly onChange: (value: FieldValue) => void;
  readonly errors: FieldErrors;
  /** The field's path in the errors: `name`, or `rules.0.fixed_price` inside rows. */
  readonly path: string;
  /** The record's own id: a category cannot be its own parent. */
  readonly selfId?: number | undefined;
}

/** One field of a configuration form, drawn from its description. */
export function FieldInput({ field, value, onChange, errors, path, selfId }: Props) {
  const error = errorForField(errors, field, path);
  const str = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'text':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          {field.multiline ? (
            <textarea rows={3} value={str} onChange={(e) => onChange(e.target.value)} />
          ) : (
            <input
              value={str}
              placeholder={field.placeholder}
              required={field.required}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </Field>
      );
    case 'decimal':
    case 'integer':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          <input
            className="num-input"
            inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
            value={str}
            placeholder={field.kind === 'decimal' ? field.placeholder : undefined}
            required={field.required}
            onChange={(e) => onChange(e.target.value)}
          />
        </Field>
      );
    case 'datetime':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          <input type="datetime-local" value={str} onChange={(e) => onChange(e.target.value)} />
        </Field>
      );
    case 'secret':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          <input
            type="password"
            autoComplete="new-password"
            inputMode="numeric"
            value={str}
            onChange={(e) => onChange(e.target.value)}
          />
        </Field>
      );
    case 'list':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          <textarea rows={3} value={str} onChange={(e) => onChange(e.target.value)} />
        </Field>
      );
    case 'boolean':
      return (
        <Checkbox
          label={field.label}
          help={field.help}
          error={error}
          checked={value === true}
          onChange={onChange}
        />
      );
    case 'select':
      return (
        <Field label={field.label} error={error} hint={field.help}>
          <select value={str} onChange={(e) => onChange(e.target.value)}>
            {field.nullable || !field.required ? (
              <option value="">{field.nullable ? '—' : 'Choose…'}</option>
            ) : null}
            {field.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
      );
    case 'multiselect':
      return (
        <Checklist
          label={field.label}
          help={field.help}
          error={error}
          options={field.choices.map((c) => ({ id: c.value, name: c.label }))}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
        />
      );
    case 'relation':
      return <RelationInput field={field} value={value} onChange={onChange} error={error} selfId={selfId} />;
    case 'rows':
      return (
        <RowsInput
          field={field}
          rows={Array.isArray(value) ? (value as FormValues[]) : []}
          onChange={onChange}
          errors={errors}
          path={path}
        />
      );
  }
}

function Checkbox({
  label,
  help,
  error,
  checked,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={error ? 'field field-check field-invalid' : 'field field-check'}>
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      {error ? <p className="field-error">{error}</p> : help ? <p className="field-hint">{help}</p> : null}
    </div>
  );
}

function Checklist({
  label,
  help,
  error,
  options,
  value,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  options: readonly { id: string; name: string; muted?: boolean }[];
  value: readonly string[];
  onChange: (v: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className={error ? 'field checklist field-invalid' : 'field checklist'}>
      <legend>{label}</legend>
      <div className="checklist-items">
        {options.length === 0 ? <span className="muted">None to choose from yet.</span> : null}
        {options.map((o) => (
          <label key={o.id} className={o.muted ? 'checkbox muted' : 'checkbox'}>
            <input
              type="checkbox"
              checked={value.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            {o.name}
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : help ? <p className="field-hint">{help}</p> : null}
    </fieldset>
  );
}

function RelationInput({
  field,
  value,
  onChange,
  error,
  selfId,
}: {
  field: Extract<FieldSpec, { kind: 'relation' }>;
  value: FieldValue | undefined;
  onChange: (v: FieldValue) => void;
  error: string | undefined;
  selfId: number | undefined;
}) {
  const { data, failure } = useLoad(`relation-${field.path}`, () => loadRecordOptions(field.path));
  const options: RecordOption[] = (data ?? []).filter(
    (o) => !(selfId !== undefined && o.id === selfId && field.path.endsWith('/categories')),
  );
  const hint = failure ? `The list cannot be read: ${failure.message}` : field.help;
  if (field.many) {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <Checklist
        label={field.label}
        help={hint}
        error={error}
        // Archived records are offered only when already chosen.
        options={options
          .filter((o) => o.active || chosen.includes(String(o.id)))
          .map((o) => ({ id: String(o.id), name: o.name, muted: !o.active }))}
        value={chosen}
        onChange={onChange}
      />
    );
  }
  const str = typeof value === 'string' ? value : '';
  return (
    <Field label={field.label} error={error} hint={hint}>
      <select value={str} onChange={(e) => onChange(e.target.value)}>
        <option value="">{field.required ? 'Choose…' : '—'}</option>
        {options
          .filter((o) => o.active || String(o.id) === str)
          .map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
              {o.active ? '' : ' (archived)'}
            </option>
          ))}
        {str && data && !options.some((o) => String(o.id) === str) ? (
          <option value={str}>#{str}</option>
        ) : null}
      </select>
    </Field>
  );
}

function RowsInput({
  field,
  rows,
  onChange,
  errors,
  path,
}: {
  field: Extract<FieldSpec, { kind: 'rows' }>;
  rows: readonly FormValues[];
  onChange: (v: FormValues[]) => void;
  errors: FieldErrors;
  path: string;
}) {
  const setRow = (i: number, row: FormValues) => onChange(rows.map((r, j) => (j === i ? row : r)));
  const own = errors[path];
  return (
    <div className="rows-field">
      {rows.length === 0 ? <p className="muted">None yet.</p> : null}
      {rows.map((row, i) => (
        <div className="row-card" key={i}>
          <div className="row-card-head">
            <span className="row-number">{i + 1}</span>
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={`Remove ${field.label.toLowerCase()} ${i + 1}`}
            >
              Remove
            </button>
          </div>
          <div className="row-card-fields">
            {field.fields
              .filter((f) => !f.visibleWhen || f.visibleWhen(row))
              .map((f) => (
                <FieldInput
                  key={f.name}
                  field={f}
                  value={row[f.name]}
                  onChange={(v) => setRow(i, { ...row, [f.name]: v })}
                  errors={errors}
                  path={`${path}.${i}.${f.name}`}
                />
              ))}
          </div>
        </div>
      ))}
      {own ? <p className="field-error">{own}</p> : null}
      <button type="button" onClick={() => onChange([...rows, firstRow(field.fields)])}>
        {field.addLabel}
      </button>
    </div>
  );
}

/** A new row starts on each select's first choice (a rule on all products, a fixed price). */
function firstRow(fields: readonly FieldSpec[]): FormValues {
  const values: Record<string, FieldValue> = { ...emptyValues(fields) };
  for (const f of fields) if (f.kind === 'select' && f.choices[0]) values[f.name] = f.choices[0].value;
  return values;
}
