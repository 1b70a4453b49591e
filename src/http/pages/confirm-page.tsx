import { Field } from "./form-fields.tsx";
import { Layout, Paragraphs } from "./layout.tsx";
import type { ConfirmView, FormInvalid, FormValues } from "./view-models.ts";

type ConfirmPageProps = Readonly<{ view: ConfirmView; error?: FormInvalid; values?: FormValues }>;

/**
 * GET: says what the button will do and does nothing (mail scanners follow links). The form has no `action`,
 * so it posts to the very URL shown, whatever prefix a proxy adds.
 */
export function ConfirmPage({ view, error, values = {} }: ConfirmPageProps) {
  return (
    <Layout title={view.title}>
      <h1>{view.title}</h1>
      {error ? (
        <p class="alert" role="alert">
          {error.message}
        </p>
      ) : null}
      <Paragraphs lines={view.intro} />
      {view.details?.length ? (
        <dl>
          {view.details.map((detail) => (
            <>
              <dt>{detail.term}</dt>
              <dd>{detail.value}</dd>
            </>
          ))}
        </dl>
      ) : null}
      {view.submitLabel ? (
        <form method="post">
          {(view.fields ?? []).map((field) => (
            <Field field={field} values={values} focus={error?.field === field.name} />
          ))}
          <button type="submit">{view.submitLabel}</button>
        </form>
      ) : null}
      {view.secondary ? (
        <a class="secondary" href={view.secondary.href}>
          {view.secondary.label}
        </a>
      ) : null}
    </Layout>
  );
}
