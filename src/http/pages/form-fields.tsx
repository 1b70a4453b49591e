import type { ChoiceField, FormField, FormValues, TextareaField } from "./view-models.ts";

type FieldProps<F> = Readonly<{ field: F; values: FormValues; focus: boolean }>;

/** A labelled control; `focus` puts the cursor on the field an error names, the only sensible autofocus. */
export function Field({ field, values, focus }: FieldProps<FormField>) {
  return field.kind === "textarea" ? (
    <Textarea field={field} values={values} focus={focus} />
  ) : (
    <Choice field={field} values={values} focus={focus} />
  );
}

function Textarea({ field, values, focus }: FieldProps<TextareaField>) {
  const id = `champ-${field.name}`;
  return (
    <>
      <label for={id}>
        {field.label}
        {field.hint ? <span class="hint">{field.hint}</span> : null}
      </label>
      <textarea id={id} name={field.name} required={field.required} maxlength={field.maxLength} autofocus={focus}>
        {values[field.name] ?? ""}
      </textarea>
    </>
  );
}

/** Radio buttons in a fieldset: the legend is the question, each label a whole 44 px row. */
function Choice({ field, values, focus }: FieldProps<ChoiceField>) {
  return (
    <fieldset>
      <legend>{field.legend}</legend>
      {field.options.map((option, index) => (
        <label class="choice" for={`champ-${field.name}-${index}`}>
          <input
            type="radio"
            id={`champ-${field.name}-${index}`}
            name={field.name}
            value={option.value}
            required={field.required}
            checked={values[field.name] === option.value}
            autofocus={focus && index === 0}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
