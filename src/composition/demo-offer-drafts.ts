import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

/**
 * DEMO DATA — the offers the generated companies post here, data/demo/offers.jsonl.gz (`npm run data:generate --
 * --scale=demo`, scripts/data-generator/offers.ts and generate.ts write it): one draft a line, as a recruiter would
 * submit it to `POST /api/v1/offers`, with the company's SIRET and its recruiter (one per company).
 */
const DEMO_OFFERS_FILE = fileURLToPath(new URL("../../data/demo/offers.jsonl.gz", import.meta.url));

const RecruiterSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
});

const DraftSchema = z.object({
  siret: z.string(),
  romeCode: z.string(),
  appellation: z.string().nullable(),
  diplomaLevel: z.enum(["3", "4", "5", "6", "7"]).nullable(),
  contractTypes: z.array(z.enum(["apprentissage", "professionnalisation"])),
  /** Days after the day the draft is published: the drafts stay valid whenever they are loaded. */
  startInDays: z.number().int(),
  durationMonths: z.number().int(),
  openings: z.number().int(),
  employerDescription: z.string().nullable(),
  recruiter: RecruiterSchema,
});

export type DemoOfferDraft = z.infer<typeof DraftSchema>;
type DemoRecruiter = z.infer<typeof RecruiterSchema>;

/** One posting company: its SIRET, its recruiter and its drafts, in the file's order. */
export type DemoPoster = Readonly<{ siret: string; recruiter: DemoRecruiter; drafts: readonly DemoOfferDraft[] }>;

/** The file's drafts grouped by company (first appearance first); no file: none; a malformed line is skipped. */
export function readDemoPosters(file: string = DEMO_OFFERS_FILE): { posters: DemoPoster[]; malformed: number } {
  if (!existsSync(file)) return { posters: [], malformed: 0 };
  const bySiret = new Map<string, { siret: string; recruiter: DemoRecruiter; drafts: DemoOfferDraft[] }>();
  let malformed = 0;
  for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
    if (line.trim() === "") continue;
    const draft = DraftSchema.safeParse(parseJson(line));
    if (!draft.success) {
      malformed++;
      continue;
    }
    const { siret, recruiter } = draft.data;
    const poster = bySiret.get(siret) ?? { siret, recruiter, drafts: [] };
    poster.drafts.push(draft.data);
    bySiret.set(siret, poster);
  }
  return { posters: [...bySiret.values()], malformed };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
