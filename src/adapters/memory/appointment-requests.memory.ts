import type { AppointmentRequestRepository } from "../../application/appointment/ports.ts";
import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import { median, responseRate } from "../../domain/appointment/stats.ts";

export type MemoryAppointmentRequestRepository = AppointmentRequestRepository &
  Readonly<{
    /** The stored requests in order, for assertions. */
    rows(): readonly AppointmentRequest[];
    has(id: string): boolean;
    snapshot(): () => void;
  }>;

const byCreation = (a: AppointmentRequest, b: AppointmentRequest) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** Behaves as appointment-requests.postgres.ts (tests/contracts/appointment-repositories.contract.ts). */
export function createMemoryAppointmentRequestRepository(): MemoryAppointmentRequestRepository {
  let rows: AppointmentRequest[] = [];
  let slots = new Map<string, Date>();
  const update = (id: string, change: (row: AppointmentRequest) => AppointmentRequest | null): boolean => {
    const row = rows.find((candidate) => candidate.id === id);
    const changed = row ? change(row) : null;
    if (!changed) return false;
    rows = rows.map((candidate) => (candidate.id === id ? changed : candidate));
    return true;
  };
  return {
    async reserve(email, trainingId, now, since) {
      // No await between the check and the write, as the one upsert statement of the table.
      const key = `${email}\u0000${trainingId}`;
      const previousAt = slots.get(key);
      if (previousAt && previousAt.getTime() > since.getTime()) return { previousAt };
      slots = new Map(slots).set(key, now);
      return "reserved";
    },
    async insert(request) {
      if (rows.some((row) => row.id === request.id)) throw new Error(`duplicate appointment request ${request.id}`);
      rows = [...rows, request];
    },
    findById: async (id) => rows.find((row) => row.id === id) ?? null,
    answerOnce: async (id, answer) => update(id, (row) => (row.answer === null ? { ...row, answer } : null)),
    async listToRemind(createdBy, after, limit) {
      return rows
        .filter((row) => row.answer === null && row.remindedAt === null && row.createdAt <= createdBy)
        .filter((row) => after === null || byCreation(row, { ...row, ...after }) > 0)
        .sort(byCreation)
        .slice(0, limit);
    },
    markReminded: async (id, now) =>
      update(id, (row) => (row.remindedAt === null ? { ...row, remindedAt: now } : null)),
    async list({ siret, page, pageSize }) {
      const matching = rows
        .filter((row) => siret === undefined || row.training.formateurSiret === siret)
        .sort((a, b) => byCreation(b, a));
      return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length };
    },
    async stats(siret) {
      const groups = new Map<string, AppointmentRequest[]>();
      for (const row of [...rows].sort(byCreation)) {
        if (siret !== undefined && row.training.formateurSiret !== siret) continue;
        groups.set(row.training.formateurSiret, [...(groups.get(row.training.formateurSiret) ?? []), row]);
      }
      return [...groups]
        .map(([key, requests]) => {
          const answered = requests.flatMap((row) =>
            row.answer ? [(row.answer.answeredAt.getTime() - row.createdAt.getTime()) / 1000] : [],
          );
          const middle = median(answered);
          return {
            siret: key,
            establishmentName: requests[requests.length - 1]?.training.establishmentName ?? "",
            requests: requests.length,
            answered: answered.length,
            responseRate: responseRate(answered.length, requests.length),
            medianResponseSeconds: middle === null ? null : Math.round(middle),
          };
        })
        .sort((a, b) => b.requests - a.requests || (a.siret < b.siret ? -1 : a.siret > b.siret ? 1 : 0));
    },
    rows: () => rows,
    has: (id) => rows.some((row) => row.id === id),
    snapshot() {
      const saved = { rows, slots };
      return () => {
        rows = saved.rows;
        slots = saved.slots;
      };
    },
  };
}
