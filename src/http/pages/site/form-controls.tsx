import type { Child } from "hono/jsx";

/** One French message per field name ("email", "cv"…); "" for an error about the whole form. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Every control's id is `champ-<name>`: the error summary's links and `<label for>` rely on it. */
const fieldId = (name: string) => `champ-${name}`;

type InputProps = Readonly<{
  name: string;
  label: string;
  hint?: string;
  value?: string;
  errors?: FieldErrors;
  type?: "text" | "email" | "tel" | "url" | "search" | "date" | "number" | "file";
  required?: boolean;
  autocomplete?: string;
  inputmode?: "numeric" | "text" | "email" | "tel" | "search";
  maxlength?: number;
  pattern?: string;
  accept?: string;
  /** Extra attributes for a script to find the field (e.g. `data-autocomplete="metiers"`). */
  data?: Readonly<Record<string, string>>;
}>;

/** A labelled input with its hint and, after a refused POST, its error right above it (DSFR pattern). */
export function TextInput(props: InputProps) {
  const { name, label, hint, value, errors = {}, type = "text", data = {} } = props;
  const { id, error, described } = describedField(name, hint, errors);
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([key, v]) => [`data-${key}`, v]));
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        value={type === "file" ? undefined : value}
        required={props.required}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        pattern={props.pattern}
        accept={props.accept}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
        {...dataAttributes}
      />
    </FieldFrame>
  );
}

type TextAreaProps = Readonly<{
  name: string;
  label: string;
  hint?: string;
  value?: string;
  errors?: FieldErrors;
  required?: boolean;
  maxlength?: number;
  rows?: number;
}>;

/** A labelled multi-line field (a message, notes), in the same frame as the inputs. */
export function TextArea({ name, label, hint, value, errors = {}, required, maxlength, rows = 6 }: TextAreaProps) {
  const { id, error, described } = describedField(name, hint, errors);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        maxlength={maxlength}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
      >
        {value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

export type SelectOption = Readonly<{ value: string; label: string }>;

type SelectProps = Readonly<{
  name: string;
  label: string;
  hint?: string;
  options: readonly SelectOption[];
  value?: string;
  errors?: FieldErrors;
  required?: boolean;
  /** The first, empty choice ("Tous les niveaux"); absent: a value must be chosen. */
  emptyLabel?: string;
  /** A filter that applies as soon as it changes (`instant-filters.js`; the form's button otherwise). */
  instant?: boolean;
}>;

export function Select({ name, label, hint, options, value, errors = {}, required, emptyLabel, instant }: SelectProps) {
  const { id, error, described } = describedField(name, hint, errors);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
        data-instant={instant ? "" : undefined}
      >
        {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type RadiosProps = Readonly<{
  name: string;
  legend: string;
  hint?: string;
  options: readonly SelectOption[];
  value?: string;
  errors?: FieldErrors;
  required?: boolean;
}>;

/** Radio buttons in a fieldset: the legend is the question, each label a whole 44 px row. */
export function Radios({ name, legend, hint, options, value, errors = {}, required }: RadiosProps) {
  const error = errors[name];
  return (
    <fieldset class={error ? "field-error" : undefined} aria-invalid={error ? "true" : undefined}>
      <legend>
        {legend}
        {hint ? <span class="hint">{hint}</span> : null}
      </legend>
      {error ? <FieldMessage id={`${fieldId(name)}-erreur`} message={error} /> : null}
      {options.map((option, index) => (
        <label class="choice" for={index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`}>
          <input
            type="radio"
            id={index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`}
            name={name}
            value={option.value}
            required={required}
            checked={option.value === value}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

type CheckboxesProps = Readonly<{
  name: string;
  legend: string;
  hint?: string;
  options: readonly SelectOption[];
  values?: readonly string[];
  errors?: FieldErrors;
}>;

/** Checkboxes in a fieldset (several answers to one question), each label a whole 44 px row. */
export function Checkboxes({ name, legend, hint, options, values = [], errors = {} }: CheckboxesProps) {
  const error = errors[name];
  const id = (index: number) => (index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`);
  return (
    <fieldset class={error ? "field-error" : undefined} aria-invalid={error ? "true" : undefined}>
      <legend>
        {legend}
        {hint ? <span class="hint">{hint}</span> : null}
      </legend>
      {error ? <FieldMessage id={`${fieldId(name)}-erreur`} message={error} /> : null}
      {options.map((option, index) => (
        <label class="choice" for={id(index)}>
          <input
            type="checkbox"
            id={id(index)}
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A control's id, its error, and the ids of its hint and error (`aria-describedby`). */
function describedField(name: string, hint: string | undefined, errors: FieldErrors) {
  const id = fieldId(name);
  const error = errors[name];
  const described = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ");
  return { id, error, described };
}

type FrameProps = Readonly<{ id: string; label: string; hint?: string; error?: string; children?: Child }>;

/** The label with its hint, then the error (after a refused POST), then the control. */
function FieldFrame({ id, label, hint, error, children }: FrameProps) {
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>
        {label}
        {hint ? (
          <span class="hint" id={`${id}-aide`}>
            {hint}
          </span>
        ) : null}
      </label>
      {error ? <FieldMessage id={`${id}-erreur`} message={error} /> : null}
      {children}
    </div>
  );
}

function FieldMessage({ id, message }: Readonly<{ id: string; message: string }>) {
  return (
    <span class="error-text" id={id}>
      {message}
    </span>
  );
}

/**
 * The box at the top of a refused form: it takes the focus (the page is reloaded on it, `tabindex=-1` + the
 * `#erreurs` fragment of the form's action) and links each message to its field.
 */
export function ErrorSummary({ errors }: Readonly<{ errors: FieldErrors }>) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="alert" role="alert" id="erreurs" tabindex={-1}>
      <p>
        {entries.length === 1
          ? "Le formulaire contient une erreur :"
          : `Le formulaire contient ${entries.length} erreurs :`}
      </p>
      <ul>
        {entries.map(([name, message]) => (
          <li>{name ? <a href={`#${fieldId(name)}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A green box after an action that worked ("Offre prolongée"). */
export function SuccessNotice({ children }: Readonly<{ children?: Child }>) {
  return (
    <div class="success" role="status">
      {children}
    </div>
  );
}
