import { type CompanyFileSource, CompanyFileUnavailable } from "../../application/hiring-company/ports.ts";
import type { CompanyFileLine } from "../../domain/hiring-company/company-row.ts";

/**
 * A companies file scripted by a test: its lines, or `null` for a missing file; `breakAfter` makes the file break
 * off after that many lines (a truncated download). Each line counts 100 bytes for the progress bar.
 */
export function createMemoryCompanyFileSource(script: {
  lines: readonly CompanyFileLine[] | null;
  breakAfter?: number;
  name?: string;
}): CompanyFileSource & { replace(lines: readonly CompanyFileLine[] | null, breakAfter?: number): void } {
  let current = script;
  return {
    replace(lines, breakAfter) {
      current = { ...current, lines, ...(breakAfter === undefined ? { breakAfter: undefined } : { breakAfter }) };
    },
    async open() {
      const { lines, breakAfter, name } = current;
      if (lines === null) throw new CompanyFileUnavailable("fichier absent");
      let read = 0;
      return {
        name: name ?? "entreprises.csv",
        sizeBytes: lines.length * 100,
        bytesRead: () => read * 100,
        async *batches() {
          // Chunks of 7 lines, so that tests cross chunk boundaries.
          for (let start = 0; start < lines.length; start += 7) {
            const chunk = lines.slice(start, start + 7);
            if (breakAfter !== undefined && start + chunk.length > breakAfter) {
              read = breakAfter;
              throw new CompanyFileUnavailable("fichier tronqué");
            }
            read += chunk.length;
            yield chunk;
          }
        },
      };
    },
  };
}
