/**
 * Seals text that must be kept for a while but never readable in the database (docs/adr/0017): email bodies in the
 * outbox (login and action links), answers kept for an Idempotency-Key (access tokens). Only a process holding the
 * service's secret can read it back.
 */
export interface TextSealer {
  /** `context` (a row's idempotency key, say) is bound to the result: unsealing under another context fails. */
  seal(text: string, context: string): Promise<string>;
  /** The text, or null when it was sealed with another key, under another context, or was altered. */
  unseal(sealed: string, context: string): Promise<string | null>;
}
