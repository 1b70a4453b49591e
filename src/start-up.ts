/**
 * What both entry points (src/main.ts on Node, src/main.deno.ts on Deno) share while they start. They bind the
 * port first, so a busy port stops the process at once, before the database is opened or migrated. Until the
 * service is composed, every request (/healthz included) answers 503 with `Retry-After`: bound, not ready.
 */

/** A fetch handler as both runtimes call it: the request, and their own bindings (Node's request, Deno's info). */
export type FetchHandler = (request: Request, bindings?: object) => Response | Promise<Response>;

/** A start-up failure whose message is meant for the person starting the service, not a stack trace. */
export class StartUpError extends Error {
  override name = "StartUpError";
}

/** The handler the listener is bound with: "starting" until `open` hands it the app. */
export function createStartingGate() {
  let current: FetchHandler = starting;
  const fetch: FetchHandler = (request, bindings) => current(request, bindings);
  return {
    fetch,
    open: (app: FetchHandler) => {
      current = app;
    },
  };
}

function starting(): Response {
  const problem = { type: "about:blank", title: "Service en cours de démarrage / starting", status: 503 };
  return Response.json(problem, {
    status: 503,
    headers: { "content-type": "application/problem+json", "retry-after": "1" },
  });
}

/** Why the port could not be bound, in French and English, naming the port and the variable that sets it. */
export function portUnavailable(reason: "in-use" | "denied", port: number, host: string): StartUpError {
  const other = port < 65535 ? port + 1 : 3000;
  const lines =
    reason === "in-use"
      ? [
          `Démarrage impossible : le port ${port} est déjà utilisé (HOST=${host}). Arrêtez le programme qui l'occupe ou choisissez un autre port avec la variable PORT (par exemple PORT=${other}).`,
          `Cannot start: port ${port} is already in use (HOST=${host}). Stop the program using it or choose another port with the PORT variable (e.g. PORT=${other}).`,
        ]
      : [
          `Démarrage impossible : le port ${port} est interdit à ce compte (HOST=${host}). Choisissez un port au-delà de 1023 avec la variable PORT (par exemple PORT=3000).`,
          `Cannot start: this user may not use port ${port} (HOST=${host}). Choose a port above 1023 with the PORT variable (e.g. PORT=3000).`,
        ];
  return new StartUpError(lines.join("\n"));
}

/** The lines printed once the service answers: where to open it, its API docs, and the mailbox in development. */
export function readyMessage(publicUrl: string, mode: "development" | "production"): string {
  return [
    `La bonne alternance est prête / is ready: ${publicUrl}/`,
    `  Documentation de l'API / API docs: ${publicUrl}/docs`,
    ...(mode === "development"
      ? [
          `  Boîte mail de développement / dev mailbox: ${publicUrl}/dev/boite-mail`,
          `    (en JSON / as JSON: ${publicUrl}/dev/mailbox)`,
        ]
      : []),
  ].join("\n");
}
