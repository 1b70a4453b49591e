/**
 * Spaces request starts at least `1000 / perSecond` ms apart (France Travail allows 10 requests a second per
 * application): each caller waits for its slot, in call order.
 */
export function createRequestPacer(perSecond: number) {
  const gapMs = 1000 / perSecond;
  let nextSlot = 0;
  return async function pace(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + gapMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}
