import type { AppointmentLinkRepository } from "../../application/appointment/ports.ts";
import type { AppointmentReplyLink, ParcoursupInvitation } from "../../domain/appointment/links.ts";

export type MemoryAppointmentLinkRepository = AppointmentLinkRepository &
  Readonly<{
    /** The saved reply links in order, for assertions. */
    replyLinks(): readonly AppointmentReplyLink[];
    snapshot(): () => void;
  }>;

/** Behaves as appointment-links.postgres.ts (tests/contracts/appointment-repositories.contract.ts). */
export function createMemoryAppointmentLinkRepository(
  requestExists: (id: string) => boolean,
): MemoryAppointmentLinkRepository {
  let replies: AppointmentReplyLink[] = [];
  let invitations: ParcoursupInvitation[] = [];
  const unique = (rows: readonly { id: string; tokenHash: string }[], row: { id: string; tokenHash: string }) => {
    if (rows.some((other) => other.id === row.id || other.tokenHash === row.tokenHash)) {
      throw new Error(`duplicate id or token hash for ${row.id}`);
    }
  };
  return {
    async saveReplyLink(link) {
      unique(replies, link);
      // A reply link belongs to a request (a foreign key in SQL).
      if (!requestExists(link.requestId)) throw new Error(`no appointment request ${link.requestId}`);
      replies = [...replies, link];
    },
    findReplyLink: async (tokenHash) => replies.find((row) => row.tokenHash === tokenHash) ?? null,
    async saveInvitation(invitation) {
      unique(invitations, invitation);
      invitations = [...invitations, invitation];
    },
    findInvitation: async (tokenHash) => invitations.find((row) => row.tokenHash === tokenHash) ?? null,
    async markInvitationUsed(id, now) {
      const invitation = invitations.find((row) => row.id === id);
      if (!invitation || invitation.usedAt !== null) return false;
      invitations = invitations.map((row) => (row.id === id ? { ...row, usedAt: now } : row));
      return true;
    },
    replyLinks: () => replies,
    snapshot() {
      const saved = { replies, invitations };
      return () => {
        replies = saved.replies;
        invitations = saved.invitations;
      };
    },
  };
}
