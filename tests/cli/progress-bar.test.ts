import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { terminalProgressBar } from "../../src/cli/progress-bar.ts";

/** A stream standing for stderr, keeping what is written to it. */
function aTerminal(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  const written: string[] = [];
  stream.on("data", (chunk: Buffer) => written.push(chunk.toString()));
  const output = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return written.join("");
  };
  return { stream, output };
}

describe("the progress bar of npm run job", () => {
  it("writes nothing at all when stderr is not a terminal", async () => {
    const { stream, output } = aTerminal(false);
    const bar = terminalProgressBar("catalogue:import", stream);
    bar.total(10);
    bar.advance(4);
    bar.stop();
    expect(await output()).toBe("");
  });

  it("draws the job, the count and the percentage on a terminal", async () => {
    const { stream, output } = aTerminal(true);
    const bar = terminalProgressBar("catalogue:import", stream);
    bar.total(10);
    bar.advance(4);
    bar.stop();
    expect(await output()).toMatch(/catalogue:import .*40 % \| 4\/10/);
  });

  it("counts without a bar while the total is unknown", async () => {
    const { stream, output } = aTerminal(true);
    const bar = terminalProgressBar("catalogue:import", stream);
    bar.total(null);
    bar.advance(3);
    bar.stop();
    expect(await output()).toContain("catalogue:import 3 traités");
  });

  it("draws nothing for a job that reports no progress", async () => {
    const { stream, output } = aTerminal(true);
    terminalProgressBar("outbox:dispatch", stream).stop();
    expect(await output()).toBe("");
  });
});
