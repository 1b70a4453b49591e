import { de } from "../../../domain/shared/french-elision.ts";
import { DEFAULT_FOOTER, SERVICE_NAME } from "./email-content.ts";

/** What the candidate applied to, as every job-application email names it. */
export type ApplicationTarget = Readonly<{
  targetTitle: string;
  companyName: string;
  /** An algorithm company (no offer posted): a "candidature spontanée". */
  spontaneous: boolean;
}>;

/** "candidature à l’offre « Boulanger » d’AU PAIN DORÉ", "candidature spontanée « Boulanger » auprès de Martin". */
export function applicationTo(target: ApplicationTarget): string {
  return target.spontaneous
    ? `candidature spontanée « ${target.targetTitle} » auprès ${de(target.companyName)}`
    : `candidature à l’offre « ${target.targetTitle} » ${de(target.companyName)}`;
}

/**
 * The footer of an email whose envelope's reply-to is `who` (the candidate, the recruiter): answering it reaches
 * them, so the default "do not reply" line would be wrong.
 */
export function replyFooter(who: string): readonly string[] {
  return [DEFAULT_FOOTER[0] ?? SERVICE_NAME, `Répondre à cet e-mail écrit directement à ${who}.`];
}

/** The paragraph that ends a "no" to the candidate: there are other offers. */
export const KEEP_GOING =
  "Ne vous découragez pas : d’autres entreprises recrutent en alternance près de chez vous, et chaque candidature vous rapproche d’un contrat. Retrouvez-les sur La bonne alternance.";
