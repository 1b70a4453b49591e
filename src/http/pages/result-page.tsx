import { Layout, Paragraphs } from "./layout.tsx";
import type { ResultView } from "./view-models.ts";

/** After the POST: what happened, announced as a status, and the next step. */
export function ResultPage({ view }: Readonly<{ view: ResultView }>) {
  return (
    <Layout title={view.title}>
      <div role="status">
        <h1>{view.title}</h1>
        <Paragraphs lines={view.message} />
      </div>
      {view.next ? <a href={view.next.href}>{view.next.label}</a> : null}
    </Layout>
  );
}
