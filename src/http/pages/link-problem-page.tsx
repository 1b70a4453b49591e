import type { LinkInvalidReason } from "../../application/shared/link-tokens.ts";
import { Layout, Paragraphs } from "./layout.tsx";
import type { NextLink } from "./view-models.ts";

type Explanation = Readonly<{ title: string; lines: readonly string[] }>;

const ASK_AGAIN = "Demandez un nouveau lien depuis le site La bonne alternance, puis utilisez le plus récent.";

/** French wording for each reason a link fails; a used link reassures whoever double-clicked. */
const EXPLANATIONS = {
  used: {
    title: "Ce lien a déjà été utilisé",
    lines: [
      "Ce lien ne sert qu’une fois et l’action a déjà été effectuée : si vous venez de valider, c’est bien pris en compte, vous n’avez rien d’autre à faire.",
      `Pour recommencer, ${ASK_AGAIN.charAt(0).toLowerCase()}${ASK_AGAIN.slice(1)}`,
    ],
  },
  expired: {
    title: "Ce lien a expiré",
    lines: [
      "Pour votre sécurité, les liens envoyés par e-mail ne sont valables que pendant une durée limitée.",
      ASK_AGAIN,
    ],
  },
  unknown: {
    title: "Ce lien ne fonctionne pas",
    lines: [
      "Il est peut-être incomplet : si vous l’avez copié depuis l’e-mail, vérifiez que vous avez bien copié toute l’adresse.",
      ASK_AGAIN,
    ],
  },
  wrong_purpose: {
    title: "Ce lien ne correspond pas à cette page",
    lines: ["Ouvrez le lien directement depuis l’e-mail reçu, sans le modifier.", ASK_AGAIN],
  },
} satisfies Record<LinkInvalidReason, Explanation>;

type LinkProblemPageProps = Readonly<{ reason: LinkInvalidReason; renewal?: NextLink }>;

/** An expired, used or unknown link: what it means and what to do (usually ask for a new one). */
export function LinkProblemPage({ reason, renewal }: LinkProblemPageProps) {
  const explanation = EXPLANATIONS[reason];
  return (
    <Layout title={explanation.title}>
      <h1>{explanation.title}</h1>
      <Paragraphs lines={explanation.lines} />
      {renewal ? <a href={renewal.href}>{renewal.label}</a> : null}
    </Layout>
  );
}
