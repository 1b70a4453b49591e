import type { AntivirusScanner, ScanVerdict } from "../../application/job-application/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import { createOfflineScanner, EICAR_SIGNATURE } from "../antivirus/offline-scanner.ts";

export type FakeAntivirus = AntivirusScanner &
  Readonly<{
    /** Every file is clean from now on. */
    answerClean(): void;
    /** Every file is infected with `signature` from now on. */
    answerInfected(signature?: string): void;
    /** Every scan throws UpstreamUnavailable from now on, as clamd down or timing out does. */
    goDown(): void;
    /** Back to the start: judges as the offline scanner does (the EICAR test file is infected, the rest clean). */
    judgeAsOffline(): void;
    /** How many scans were asked, whatever they answered (a scan while down counts). */
    scans(): number;
  }>;

type Mode =
  | Readonly<{ kind: "offline" }>
  | Readonly<{ kind: "down" }>
  | Readonly<{ kind: "fixed"; verdict: ScanVerdict }>;

/** A controllable antivirus for use-case tests: the delivery path when clean, infected, or unavailable. */
export function createFakeAntivirus(): FakeAntivirus {
  const offline = createOfflineScanner();
  let mode: Mode = { kind: "offline" };
  let scans = 0;
  return {
    async scan(bytes) {
      scans += 1;
      if (mode.kind === "down") throw new UpstreamUnavailable("antivirus", "the fake antivirus is down");
      return mode.kind === "fixed" ? mode.verdict : offline.scan(bytes);
    },
    answerClean: () => {
      mode = { kind: "fixed", verdict: { outcome: "clean" } };
    },
    answerInfected: (signature = EICAR_SIGNATURE) => {
      mode = { kind: "fixed", verdict: { outcome: "infected", signature } };
    },
    goDown: () => {
      mode = { kind: "down" };
    },
    judgeAsOffline: () => {
      mode = { kind: "offline" };
    },
    scans: () => scans,
  };
}
