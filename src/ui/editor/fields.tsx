// Labelled form controls: every input has a visible label, and errors/hints are tied to it for screen readers.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface BaseProps {
  label: string;
  /** Stable name: used by the checks list to focus the field (`[data-field=…]`). */
  name: string;
  error?: string | null;
  hint?: string | null;
  required?: boolean;
}

interface TextProps extends BaseProps {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  multiline?: number;
  onFocus?: () => void;
  onBlur?: () => void;
  autoComplete?: string;
  dir?: 'auto';
}

function Messages({ id, error, hint }: { id: string; error?: string | null; hint?: string | null }) {
  return (
    <>
      {error ? (
        <span id={`${id}-error`} class="field-error" role="alert">
          {error}
        </span>
      ) : null}
      {hint ? (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      ) : null}
    </>
  );
}

function describedBy(id: string, error?: string | null, hint?: string | null): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(props: TextProps) {
  const id = useId();
  const common = {
    id,
    name: props.name,
    'data-field': props.name,
    value: props.value,
    required: props.required,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.error, props.hint),
    onInput: (event: Event) => props.onValue((event.currentTarget as HTMLInputElement).value),
    onFocus: props.onFocus,
    onBlur: props.onBlur,
    dir: props.dir,
  };
  return (
    <div class="field">
      <label for={id}>
        <span>{props.label}</span>
      </label>
      {props.multiline ? (
        <textarea rows={props.multiline} {...common} />
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} autoComplete={props.autoComplete} />
      )}
      <Messages id={id} error={props.error} hint={props.hint} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends BaseProps {
  value: string;
  options: readonly Option[];
  onValue: (value: string) => void;
}

export function SelectField(props: SelectProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>
        <span>{props.label}</span>
      </label>
      <select
        id={id}
        name={props.name}
        data-field={props.name}
        value={props.value}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(event) => props.onValue((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={props.error} hint={props.hint} />
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
