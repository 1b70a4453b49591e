import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What every upstream stub (INSEE Sirene, France compétences, the address API) hands a test: its base URL, the
 * requests it received, a script of answers to play before the normal ones, and `reset`/`close`.
 */
export async function listenAsStub<Request, Step>(server: Server, requests: Request[], script: Step[]) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...steps: Step[]) => void script.push(...steps),
    reset: () => {
      requests.length = 0;
      script.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // fetch keeps connections alive
      }),
  };
}
