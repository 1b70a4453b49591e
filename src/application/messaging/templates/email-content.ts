/** A rendered email, independent of who receives it: the outbox envelope adds the recipient and the key. */
export type EmailContent = Readonly<{ subject: string; text: string; html: string }>;

/** A button and, printed under it, its plain URL (FAQ: paste the link when the button does not work). */
export type EmailAction = Readonly<{ label: string; url: string }>;

/** One entry of a list in an email: a heading, a few lines, and its own button. */
export type EmailItem = Readonly<{ heading: string; lines: readonly string[]; action?: EmailAction }>;

/** What a template says; every string is plain text, escaped by the renderer. */
export type EmailParts = Readonly<{
  subject: string;
  /** The grey line mail clients show after the subject in the inbox. */
  preheader?: string;
  greeting?: string;
  paragraphs: readonly string[];
  /** A list of things, each with its own button (e.g. one offer per item in a reminder), after the paragraphs. */
  items?: readonly EmailItem[];
  action?: EmailAction;
  /** Several buttons, one under the other, after `action` (e.g. the three quick answers to an application). */
  actions?: readonly EmailAction[];
  /** Replaces the default footer; one string per line. */
  footer?: readonly string[];
}>;

/** Every button of an email, in order: `action`, then `actions`. */
export function buttonsOf(parts: EmailParts): readonly EmailAction[] {
  return [...(parts.action ? [parts.action] : []), ...(parts.actions ?? [])];
}

export const SERVICE_NAME = "La bonne alternance";

export const FALLBACK_SENTENCE = "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :";

export const DEFAULT_FOOTER: readonly string[] = [
  `Cet e-mail vous a été envoyé par ${SERVICE_NAME}, le service public de l’apprentissage.`,
  "Merci de ne pas y répondre directement : cette adresse ne reçoit pas les réponses.",
];
