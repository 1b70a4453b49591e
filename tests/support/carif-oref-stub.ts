import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenAsStub } from "./stub-server.ts";

/** How one page fails, for every request of that page until reset: a status, an HTML body, a wrong shape, a delay. */
export type CarifOrefFailure = Readonly<{
  page: number;
  status?: number;
  body?: "html" | "wrong-shape";
  delayMs?: number;
}>;

type CarifOrefRequest = Readonly<{ path: string; page: number; limit: number; query: unknown }>;

/**
 * A local stand-in for the Carif-Oref apprenticeship catalogue (`GET /api/v1/entity/formations?query=&page=&limit=`)
 * speaking its wire format: the given records, filtered on the `query` keys it understands (`published`,
 * `catalogue_published`), paged as `{ formations, pagination: { page, resultats_par_page, nombre_de_page, total } }`.
 * `failPage` makes one page fail; the records are replaceable between imports.
 */
export async function startCarifOrefStub(initial: readonly object[]) {
  let records = [...initial];
  let failure: CarifOrefFailure | null = null;
  const requests: CarifOrefRequest[] = [];
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub");
    if (url.pathname !== "/api/v1/entity/formations") return send(res, 404, { error: "Not Found" });
    const page = Number(url.searchParams.get("page") ?? "1");
    const limit = Number(url.searchParams.get("limit") ?? "10");
    const query = JSON.parse(url.searchParams.get("query") ?? "{}") as Record<string, unknown>;
    requests.push({ path: url.pathname, page, limit, query });
    const failing = failure?.page === page ? failure : null; // as scripted when the request came
    if (failing) {
      if (failing.delayMs) await new Promise((resolve) => setTimeout(resolve, failing.delayMs));
      if (res.destroyed) return;
      if (failing.body === "html") return sendText(res, failing.status ?? 200, "<html>Maintenance</html>");
      if (failing.body === "wrong-shape") return send(res, failing.status ?? 200, { data: [] });
      if (failing.status) return send(res, failing.status, { error: "Internal Server Error" });
    }
    const matching = records.filter((record) => matches(record as Record<string, unknown>, query));
    const pages = Math.ceil(matching.length / limit);
    const formations = matching.slice((page - 1) * limit, page * limit);
    send(res, 200, {
      formations,
      pagination: { page: String(page), resultats_par_page: limit, nombre_de_page: pages, total: matching.length },
    });
  }

  const stub = await listenAsStub(server, requests, [] as never[]);
  return {
    url: stub.url,
    requests,
    close: stub.close,
    failPage(how: CarifOrefFailure) {
      failure = how;
    },
    setRecords(next: readonly object[]) {
      records = [...next];
    },
    reset: () => {
      stub.reset();
      failure = null;
      records = [...initial];
    },
  };
}

export type CarifOrefStub = Awaited<ReturnType<typeof startCarifOrefStub>>;

const FILTERED_KEYS = ["published", "catalogue_published"];

function matches(record: Record<string, unknown>, query: Record<string, unknown>): boolean {
  return FILTERED_KEYS.every((key) => !(key in query) || record[key] === query[key]);
}

function send(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(body);
}
