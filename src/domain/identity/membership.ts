/** A person belongs to an organisation; one person may belong to several ([beyond] docs/PRODUCT.md §2). */
export type Membership = Readonly<{ userId: string; organisationId: string; createdAt: Date }>;
