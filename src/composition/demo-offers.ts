import type { Actor } from "../application/identity/index.ts";
import type { Clock, Logger } from "../application/shared/ports.ts";
import { addDays, parisDateOf } from "../domain/offer/paris-calendar.ts";
import { parseEmail } from "../domain/shared/email.ts";
import { PhoneSchema } from "../http/schemas/phone.schema.ts";
import { defineModule, type PublishedApis } from "./context-module.ts";
import { type DemoOfferDraft, type DemoPoster, readDemoPosters } from "./demo-offer-drafts.ts";

/**
 * DEMO DATA — the offers posted here (data/demo/offers.jsonl.gz), loaded at start-up when SEED_DEMO_DATA is on and
 * INSEE is offline (its offline directory knows the generated companies). Each posting company signs up through the
 * recruiter's company sign-up, its account left as a confirmed sign-up leaves it, then its recruiter publishes its
 * offers through the offer context's `createOffer` (search entries and the "offer published" email included).
 * Listed last: it reads the published APIs of identity, recruiter and offer. Once: when the first company already
 * has an account, nothing is posted again.
 */
export const demoOffersModule = defineModule({
  name: "demoOffers",
  build(kit) {
    const offline = !kit.config.recruiter.insee.apiKey && !kit.overrides.establishmentDirectory;
    return {
      useCases: {},
      demoData: async () => {
        if (!offline) return;
        const { posters, malformed } = readDemoPosters();
        const summary = await postDemoOffers(kit.apis, kit.clock, kit.logger)(posters);
        if (summary) kit.logger.info("demo offers posted", { ...summary, malformed });
      },
    };
  },
  refusals: {},
});

type Summary = { companies: number; offers: number; refused: number };

/** Companies posted at once: on PostgreSQL they overlap on the pool; PGlite runs one statement at a time anyway. */
const CONCURRENT_COMPANIES = 4;

/** Null when already done (the first company has an account); else what was posted and what was refused. */
function postDemoOffers(apis: PublishedApis, clock: Clock, logger: Logger) {
  return async (posters: readonly DemoPoster[]): Promise<Summary | null> => {
    const summary: Summary = { companies: 0, offers: 0, refused: 0 };
    const [first, ...others] = posters;
    if (!first) return summary;
    const post = async (poster: DemoPoster, actor: Actor | string) => {
      if (typeof actor === "string") {
        logger.warn("demo company not signed up", { siret: poster.siret, reason: actor });
        summary.refused += poster.drafts.length;
        return;
      }
      summary.companies++;
      for (const draft of poster.drafts) {
        const published = await apis.offer.createOffer({ actor, offer: offerOf(draft, clock.now()) });
        if (published.ok) summary.offers++;
        else {
          summary.refused++;
          logger.warn("demo offer refused", { siret: poster.siret, code: published.error.code });
        }
      }
    };
    const firstActor = await signUp(apis, first);
    if (firstActor === "exists") return null;
    await post(first, firstActor);
    await inPool(others, CONCURRENT_COMPANIES, async (poster) => post(poster, await signUp(apis, poster)));
    return summary;
  };
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: size }, worker));
}

/** The company's account and the actor its recruiter is when posting; "exists" or the refusal's code otherwise. */
async function signUp(apis: PublishedApis, poster: DemoPoster): Promise<Actor | string> {
  const { firstName, lastName } = poster.recruiter;
  const email = parseEmail(poster.recruiter.email);
  if (!email.ok) return email.error.code;
  const phone = PhoneSchema.safeParse(poster.recruiter.phone);
  if (!phone.success) return "PHONE_INVALID";
  const signedUp = await apis.recruiter.signUpDemoCompany({
    siret: poster.siret,
    firstName,
    lastName,
    email: email.value,
    phone: phone.data,
  });
  if (!signedUp.ok) return signedUp.error.code === "ACCOUNT_EXISTS" ? "exists" : signedUp.error.code;
  const { organisationId, userId } = signedUp.value;
  const organisation = await apis.identity.organisationOf(organisationId);
  return {
    userId,
    // Start-up work, not a request: no session stands behind this actor.
    sessionId: "demo-data",
    email: email.value,
    isAdmin: false,
    organisations: [{ id: organisationId, kind: "company", displayName: organisation?.name ?? "" }],
    requestedOrganisationId: null,
  };
}

/** What the recruiter would submit: the draft, its start date counted from today (Paris). */
function offerOf(draft: DemoOfferDraft, now: Date) {
  const { romeCode, appellation, diplomaLevel, contractTypes, durationMonths, openings, employerDescription } = draft;
  const startDate = addDays(parisDateOf(now), draft.startInDays);
  return {
    romeCode,
    appellation,
    diplomaLevel,
    contractTypes,
    startDate,
    durationMonths,
    openings,
    employerDescription,
  };
}
