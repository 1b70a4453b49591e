import { beforeEach, describe, expect, it } from "vitest";
import type { AppointmentRepos } from "../../src/application/appointment/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { anInvitation, aReplyLink, aStoredRequest, minutesAfter, T0 } from "../support/appointment-builders.ts";

type Stores = Omit<AppointmentRepos, "outbox">;
export type AppointmentStoresFactory = () => Promise<{ repos: Stores; unitOfWork: UnitOfWork<Stores> }>;

const DAYS_4 = 4 * 24 * 60;
const platforms = { lba: true, onisep: false, parcoursup: true };

export function appointmentRepositoriesContract(name: string, factory: AppointmentStoresFactory) {
  describe(`Appointment repositories contract — ${name}`, () => {
    let repos: Stores;
    let unitOfWork: UnitOfWork<Stores>;
    beforeEach(async () => {
      ({ repos, unitOfWork } = await factory());
    });

    describe("settings", () => {
      it("keep an establishment's and a training's settings field for field, replaced by a later save", async () => {
        const settings = repos.appointmentSettings;
        expect(await settings.establishment("99100002700110")).toBeNull();
        const establishment = {
          siret: "99100002700110",
          platforms,
          contactEmail: "rdv@cfa.test" as Email,
          updatedAt: T0,
        };
        await settings.saveEstablishment(establishment);
        expect(await settings.establishment("99100002700110")).toEqual(establishment);
        const replaced = {
          ...establishment,
          platforms: { ...platforms, lba: false },
          contactEmail: null,
          updatedAt: minutesAfter(1),
        };
        await settings.saveEstablishment(replaced);
        expect(await settings.establishment("99100002700110")).toEqual(replaced);
        const training = { trainingId: "t1", platforms, contactEmail: null, updatedAt: T0 };
        await settings.saveTraining(training);
        expect(await settings.training("t1")).toEqual(training);
        expect(await settings.training("t2")).toBeNull();
      });

      it("give those that exist among several keys", async () => {
        const settings = repos.appointmentSettings;
        await settings.saveEstablishment({ siret: "a", platforms, contactEmail: null, updatedAt: T0 });
        await settings.saveTraining({ trainingId: "t1", platforms, contactEmail: null, updatedAt: T0 });
        expect([...(await settings.establishments(["a", "b"])).keys()]).toEqual(["a"]);
        expect([...(await settings.trainings(["t1", "t9"])).keys()]).toEqual(["t1"]);
        expect((await settings.establishments([])).size).toBe(0);
        expect((await settings.trainings([])).size).toBe(0);
      });
    });

    describe("requests", () => {
      it("are found field for field, with their answer once given", async () => {
        const request = aStoredRequest("r1", { message: null, platform: "parcoursup" });
        await repos.appointmentRequests.insert(request);
        expect(await repos.appointmentRequests.findById("r1")).toEqual(request);
        expect(await repos.appointmentRequests.findById("r9")).toBeNull();
        const answer = {
          intention: "personalised_answer" as const,
          message: "Venez mardi.",
          answeredAt: minutesAfter(5),
        };
        expect(await repos.appointmentRequests.answerOnce("r1", answer)).toBe(true);
        const other = { intention: "unreachable" as const, message: null, answeredAt: minutesAfter(6) };
        expect(await repos.appointmentRequests.answerOnce("r1", other)).toBe(false);
        expect(await repos.appointmentRequests.findById("r1")).toEqual({ ...request, answer });
      });

      it("let one of two concurrent answers win", async () => {
        await repos.appointmentRequests.insert(aStoredRequest("r1"));
        const answer = { intention: "other_channel" as const, message: null, answeredAt: minutesAfter(5) };
        const won = await Promise.all([
          unitOfWork.run((tx) => tx.appointmentRequests.answerOnce("r1", answer)),
          unitOfWork.run((tx) => tx.appointmentRequests.answerOnce("r1", answer)),
        ]);
        expect(won.sort()).toEqual([false, true]);
      });

      it("reserve an email and training once in the window, giving the earlier instant otherwise", async () => {
        const requests = repos.appointmentRequests;
        const since = (now: Date) => minutesAfter(-DAYS_4, now);
        expect(await requests.reserve("lea@example.fr", "t1", T0, since(T0))).toBe("reserved");
        const day3 = minutesAfter(3 * 24 * 60);
        expect(await requests.reserve("lea@example.fr", "t1", day3, since(day3))).toEqual({ previousAt: T0 });
        expect(await requests.reserve("lea@example.fr", "t2", day3, since(day3))).toBe("reserved");
        expect(await requests.reserve("max@example.fr", "t1", day3, since(day3))).toBe("reserved");
        const day4 = minutesAfter(DAYS_4);
        expect(await requests.reserve("lea@example.fr", "t1", day4, since(day4))).toBe("reserved");
        expect(await requests.reserve("lea@example.fr", "t1", minutesAfter(1, day4), since(day4))).toEqual({
          previousAt: day4,
        });
      });

      it("let only one of two concurrent reservations of a pair through", async () => {
        const since = minutesAfter(-DAYS_4);
        const both = await Promise.all([
          unitOfWork.run((tx) => tx.appointmentRequests.reserve("lea@example.fr", "t1", T0, since)),
          unitOfWork.run((tx) => tx.appointmentRequests.reserve("lea@example.fr", "t1", T0, since)),
        ]);
        expect(both.filter((outcome) => outcome === "reserved")).toHaveLength(1);
      });

      it("list those to remind in (createdAt, id) order from a position, unanswered and never reminded", async () => {
        const requests = repos.appointmentRequests;
        const answer = { intention: "unreachable" as const, message: null, answeredAt: minutesAfter(1) };
        await requests.insert(aStoredRequest("r2", { createdAt: minutesAfter(1) }));
        await requests.insert(aStoredRequest("r1", { createdAt: minutesAfter(1) }));
        await requests.insert(aStoredRequest("r0"));
        await requests.insert(aStoredRequest("r3", { createdAt: minutesAfter(2), answer }));
        await requests.insert(aStoredRequest("r4", { createdAt: minutesAfter(3), remindedAt: minutesAfter(4) }));
        await requests.insert(aStoredRequest("r5", { createdAt: minutesAfter(10) }));
        const ids = (list: { id: string }[]) => list.map((request) => request.id);
        expect(ids(await requests.listToRemind(minutesAfter(5), null, 10))).toEqual(["r0", "r1", "r2"]);
        expect(ids(await requests.listToRemind(minutesAfter(5), null, 2))).toEqual(["r0", "r1"]);
        const after = { createdAt: minutesAfter(1), id: "r1" };
        expect(ids(await requests.listToRemind(minutesAfter(10), after, 10))).toEqual(["r2", "r5"]);
        expect(await requests.markReminded("r0", minutesAfter(6))).toBe(true);
        expect(await requests.markReminded("r0", minutesAfter(7))).toBe(false);
        expect((await requests.findById("r0"))?.remindedAt).toEqual(minutesAfter(6));
        expect(ids(await requests.listToRemind(minutesAfter(5), null, 10))).toEqual(["r1", "r2"]);
      });

      it("are listed newest first, by page, for one establishment or all", async () => {
        const requests = repos.appointmentRequests;
        const other = { ...aStoredRequest("x").training, formateurSiret: "99100003500117" };
        await requests.insert(aStoredRequest("r1"));
        await requests.insert(aStoredRequest("r2", { createdAt: minutesAfter(1) }));
        await requests.insert(aStoredRequest("r3", { createdAt: minutesAfter(2), training: other }));
        const page = await requests.list({ page: 1, pageSize: 2 });
        expect(page.items.map((request) => request.id)).toEqual(["r3", "r2"]);
        expect(page.total).toBe(3);
        expect((await requests.list({ page: 2, pageSize: 2 })).items.map((request) => request.id)).toEqual(["r1"]);
        const one = await requests.list({ siret: "99100003500117", page: 1, pageSize: 10 });
        expect(one).toEqual({
          items: [aStoredRequest("r3", { createdAt: minutesAfter(2), training: other })],
          total: 1,
        });
      });

      it("give each establishment's counts, rate and median response time, most requests first", async () => {
        const requests = repos.appointmentRequests;
        const answered = (minutes: number) => ({
          intention: "other_channel" as const,
          message: null,
          answeredAt: minutesAfter(minutes),
        });
        const other = { ...aStoredRequest("x").training, formateurSiret: "99100003500117", establishmentName: "AUTRE" };
        await requests.insert(aStoredRequest("r1", { answer: answered(60) }));
        await requests.insert(aStoredRequest("r2", { answer: answered(120) }));
        await requests.insert(aStoredRequest("r3"));
        const renamed = { ...aStoredRequest("x").training, establishmentName: "CFA DES ESSAIS (nouveau nom)" };
        await requests.insert(aStoredRequest("r4", { createdAt: minutesAfter(1), training: renamed }));
        await requests.insert(aStoredRequest("r5", { training: other }));
        expect(await requests.stats()).toEqual([
          {
            siret: "99100002700110",
            establishmentName: "CFA DES ESSAIS (nouveau nom)",
            requests: 4,
            answered: 2,
            responseRate: 0.5,
            medianResponseSeconds: 5_400,
          },
          {
            siret: "99100003500117",
            establishmentName: "AUTRE",
            requests: 1,
            answered: 0,
            responseRate: 0,
            medianResponseSeconds: null,
          },
        ]);
        expect((await requests.stats("99100003500117")).map((row) => row.siret)).toEqual(["99100003500117"]);
        expect(await requests.stats("00000000000000")).toEqual([]);
      });
    });

    describe("links", () => {
      it("find a reply link by its hash; a second link with the same hash, or for no request, is refused", async () => {
        await repos.appointmentRequests.insert(aStoredRequest("r1"));
        const link = aReplyLink("l1", "r1");
        await repos.appointmentLinks.saveReplyLink(link);
        expect(await repos.appointmentLinks.findReplyLink("hash-l1")).toEqual(link);
        expect(await repos.appointmentLinks.findReplyLink("hash-none")).toBeNull();
        await expect(
          repos.appointmentLinks.saveReplyLink(aReplyLink("l2", "r1", { tokenHash: "hash-l1" })),
        ).rejects.toThrow();
        await expect(repos.appointmentLinks.saveReplyLink(aReplyLink("l3", "r9"))).rejects.toThrow();
      });

      it("use an invitation once", async () => {
        const invitation = anInvitation("i1");
        await repos.appointmentLinks.saveInvitation(invitation);
        expect(await repos.appointmentLinks.findInvitation("hash-i1")).toEqual(invitation);
        expect(await repos.appointmentLinks.markInvitationUsed("i1", minutesAfter(1))).toBe(true);
        expect(await repos.appointmentLinks.markInvitationUsed("i1", minutesAfter(2))).toBe(false);
        expect(await repos.appointmentLinks.findInvitation("hash-i1")).toEqual({
          ...invitation,
          usedAt: minutesAfter(1),
        });
        expect(await repos.appointmentLinks.markInvitationUsed("i9", T0)).toBe(false);
      });
    });
  });
}
