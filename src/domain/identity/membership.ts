/**
 * docs/adr/0015: in each organisation, admins (the founder first) invite, remove and name other admins; members
 * publish and manage offers. A person may belong to several organisations ([beyond] docs/PRODUCT.md §2).
 */
export type MemberRole = "admin" | "member";

export type Membership = Readonly<{ userId: string; organisationId: string; role: MemberRole; createdAt: Date }>;

/** One member as the organisation sees it. */
export type Member = Readonly<{ userId: string; role: MemberRole; createdAt: Date }>;

/**
 * An organisation with members always has an admin: does it still, once `userId` leaves (`becomes` null) or takes
 * `becomes`? An organisation left with nobody needs none (it closes).
 */
export function keepsAnAdmin(
  members: readonly Member[],
  change: Readonly<{ userId: string; becomes: MemberRole | null }>,
): boolean {
  const after = members.flatMap((member) => {
    if (member.userId !== change.userId) return [member];
    return change.becomes ? [{ ...member, role: change.becomes }] : [];
  });
  return after.length === 0 || after.some((member) => member.role === "admin");
}

export function roleOf(members: readonly Member[], userId: string): MemberRole | null {
  return members.find((member) => member.userId === userId)?.role ?? null;
}
