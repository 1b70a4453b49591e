import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLAMD_MAX_CHUNK_BYTES, createClamdScanner } from "../../src/adapters/antivirus/clamd-scanner.clamd.ts";
import {
  createOfflineScanner,
  EICAR_SIGNATURE,
  EICAR_TEST_FILE,
} from "../../src/adapters/antivirus/offline-scanner.ts";
import { createFakeAntivirus } from "../../src/adapters/memory/antivirus.memory.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { aClosedPort, CLAMD_EICAR_SIGNATURE, type ClamdStub, startClamdStub } from "../support/clamd-stub.ts";
import { aCleanFile, antivirusContract } from "./antivirus.contract.ts";

const bytesOf = (text: string) => new TextEncoder().encode(text);
const MAX_STREAM_BYTES = 256 * 1024;

let stub: ClamdStub;
beforeAll(async () => {
  stub = await startClamdStub({ maxStreamBytes: MAX_STREAM_BYTES });
});
afterAll(() => stub.close());

const clamd = (options: { chunkBytes?: number; timeoutMs?: number; port?: number } = {}) =>
  createClamdScanner({ host: stub.host, port: options.port ?? stub.port, timeoutMs: 2_000, ...options });

antivirusContract("offline", async () => createOfflineScanner());
antivirusContract("memory fake, as first built", async () => createFakeAntivirus());
antivirusContract("clamd (stub), 64 KiB chunks", async () => {
  stub.reset();
  return clamd();
});
antivirusContract("clamd (stub), 7-byte chunks: every signature split across chunks", async () => {
  stub.reset();
  return clamd({ chunkBytes: 7 });
});

describe("clamd scanner", () => {
  beforeEach(() => stub.reset());

  it("sends zINSTREAM, the file in chunks of at most 64 KiB, then a zero-length chunk", async () => {
    const file = aCleanFile(150 * 1024);
    await clamd().scan(file);
    expect(stub.requests).toEqual([{ command: "zINSTREAM", chunkLengths: [65_536, 65_536, 22_528, 0], bytes: file }]);
  });

  it("never sends a chunk over 64 KiB, whatever it is asked", async () => {
    await clamd({ chunkBytes: 1024 * 1024 }).scan(aCleanFile(100 * 1024));
    expect(stub.requests[0]?.chunkLengths).toEqual([CLAMD_MAX_CHUNK_BYTES, 100 * 1024 - CLAMD_MAX_CHUNK_BYTES, 0]);
  });

  it("finds a signature straddling two 64 KiB chunks, with clamd's name for it", async () => {
    const file = aCleanFile(100 * 1024);
    file.set(bytesOf(EICAR_TEST_FILE), CLAMD_MAX_CHUNK_BYTES - 30);
    expect(await clamd().scan(file)).toEqual({ outcome: "infected", signature: CLAMD_EICAR_SIGNATURE });
  });

  it("throws UpstreamUnavailable on an ERROR reply (a file over clamd's StreamMaxLength)", async () => {
    const scan = clamd().scan(aCleanFile(MAX_STREAM_BYTES + 1));
    await expect(scan).rejects.toThrow(UpstreamUnavailable);
    await expect(scan).rejects.toThrow(/size limit exceeded/);
  });

  it("throws UpstreamUnavailable when clamd does not answer within the timeout", async () => {
    stub.setMode("slow");
    const scan = clamd({ timeoutMs: 200 }).scan(bytesOf("Bonjour"));
    await expect(scan).rejects.toThrow(UpstreamUnavailable);
    await expect(scan).rejects.toThrow(/no answer within 200 ms/);
  });

  it("throws UpstreamUnavailable when clamd closes the connection without a verdict", async () => {
    stub.setMode("down");
    await expect(clamd().scan(bytesOf("Bonjour"))).rejects.toThrow(UpstreamUnavailable);
  });

  it("throws UpstreamUnavailable when the connection is refused", async () => {
    const port = await aClosedPort();
    await expect(clamd({ port }).scan(bytesOf("Bonjour"))).rejects.toThrow(UpstreamUnavailable);
  });

  it("names the antivirus as the upstream", async () => {
    stub.setMode("down");
    await expect(clamd().scan(bytesOf("Bonjour"))).rejects.toMatchObject({ upstream: "antivirus" });
  });
});

describe("offline scanner: the EICAR standard's definition", () => {
  const scan = (text: string) => createOfflineScanner().scan(bytesOf(text));

  it.each([
    ["spaces, tabs, CR, LF and Ctrl-Z after it", `${EICAR_TEST_FILE} \t\r\n\x1a`],
    ["trailing spaces up to 128 bytes in all", EICAR_TEST_FILE.padEnd(128, " ")],
  ])("infected: %s", async (_name, text) => {
    expect(await scan(text)).toEqual({ outcome: "infected", signature: EICAR_SIGNATURE });
  });

  it.each([
    ["more than 128 bytes", EICAR_TEST_FILE.padEnd(129, " ")],
    ["anything but whitespace after it", `${EICAR_TEST_FILE}x`],
    ["not at the start of the file", ` ${EICAR_TEST_FILE}`],
  ])("clean: %s", async (_name, text) => {
    expect(await scan(text)).toEqual({ outcome: "clean" });
  });
});

describe("fake antivirus", () => {
  it("answers as it is told, from then on", async () => {
    const fake = createFakeAntivirus();
    fake.answerInfected("Win.Test.Fake");
    expect(await fake.scan(bytesOf("Bonjour"))).toEqual({ outcome: "infected", signature: "Win.Test.Fake" });
    fake.answerClean();
    expect(await fake.scan(bytesOf(EICAR_TEST_FILE))).toEqual({ outcome: "clean" });
    fake.judgeAsOffline();
    expect(await fake.scan(bytesOf(EICAR_TEST_FILE))).toMatchObject({ outcome: "infected" });
  });

  it("throws UpstreamUnavailable while down", async () => {
    const fake = createFakeAntivirus();
    fake.goDown();
    await expect(fake.scan(bytesOf("Bonjour"))).rejects.toThrow(UpstreamUnavailable);
  });

  it("counts every scan asked, including those it could not answer", async () => {
    const fake = createFakeAntivirus();
    await fake.scan(bytesOf("a"));
    fake.goDown();
    await fake.scan(bytesOf("b")).catch(() => {});
    expect(fake.scans()).toBe(2);
  });
});
