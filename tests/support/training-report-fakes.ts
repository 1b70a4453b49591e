import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { createMemoryTrainingReports } from "../../src/adapters/memory/training-reports.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { Actor } from "../../src/application/identity/index.ts";
import { trainingReportUseCases } from "../../src/application/training/training-reports.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { InseeCode } from "../../src/domain/shared/insee-code.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import type { OpenTrainingReport } from "../../src/domain/training/training-report.ts";
import { sequentialIds } from "./identity-fakes.ts";
import { aCommune } from "./referential-builders.ts";
import { aTestClock } from "./test-clock.ts";

export const SUPPORT_EMAIL = "support@lba.test" as Email;

/** TEST DATA: the support team member and a CFA member, as `authenticate` would resolve them. */
export const SUPPORT_ACTOR: Actor = {
  userId: "user-support",
  sessionId: "session-support",
  email: SUPPORT_EMAIL,
  isAdmin: true,
  organisations: [],
  requestedOrganisationId: null,
};
export const CFA_ACTOR: Actor = {
  ...SUPPORT_ACTOR,
  userId: "user-cfa",
  email: "camille@cfa-test.fr" as Email,
  isAdmin: false,
  organisations: [{ id: "org-cfa", kind: "cfa", displayName: "CFA de test" }],
};

/** TEST DATA: a Luhn-valid demo SIRET, Lyon's INSEE code, a made-up reporter. */
export const A_REPORT_INPUT = {
  siret: "99100002700110",
  rncp: "RNCP34567",
  period: "2026-09",
  insee: "69123",
  reporterEmail: "contact@cfa-test.fr",
};

/** The training-report use cases on fakes: the communes of Lyon and Villeurbanne, a clock the test moves. */
export function aTrainingReportWorld(supportEmails: readonly Email[] = [SUPPORT_EMAIL]) {
  const trainingReports = createMemoryTrainingReports();
  const outbox = createMemoryOutbox();
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const communes = createMemoryCommuneReferential([
    aCommune({ insee: "69123", name: "Lyon", postcodes: ["69001", "69003"], population: 520_000 }),
    aCommune({ insee: "69266", name: "Villeurbanne", postcodes: ["69100"], population: 150_000 }),
    aCommune({ insee: "69259", name: "Vaulx-en-Velin", postcodes: ["69120"] }),
    aCommune({ insee: "69286", name: "Rillieux-la-Pape", postcodes: ["69140"] }),
    aCommune({ insee: "69999", name: "Commune voisine de test", postcodes: ["69100"], population: 1_000 }),
  ]);
  const unitOfWork = createMemoryUnitOfWork({ trainingReports, outbox }, [trainingReports, outbox]);
  const useCases = trainingReportUseCases({ unitOfWork, communes, supportEmails, clock, ids: sequentialIds() });
  return { useCases, trainingReports, outbox, clock };
}

/** A stored open report, for the contract suite. */
export function anOpenReport(id: string, overrides: Partial<OpenTrainingReport> = {}): OpenTrainingReport {
  return {
    id,
    siret: "99100002700110" as Siret,
    rncp: "RNCP34567",
    cfd: null,
    period: "2026-09",
    place: { kind: "insee", insee: "69123" as InseeCode },
    reporterEmail: "contact@cfa-test.fr" as Email,
    createdAt: new Date("2026-11-02T08:00:00Z"),
    status: "open",
    ...overrides,
  };
}
