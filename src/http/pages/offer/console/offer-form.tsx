import { CONTRACT_TYPES, TARGET_DIPLOMA_LEVELS } from "../../../../application/offer/index.ts";
import { Checkboxes, type FieldErrors, Select, TextArea, TextInput } from "../../site/form-controls.tsx";
import { CONTRACT_LABELS, DIPLOMA_LEVEL_LABELS } from "../../site/french-labels.ts";

/** What the publish and edit forms show: as typed, or as stored (edit), every value a string. */
export type OfferFormValues = Readonly<{
  metier: string;
  romeCode: string;
  appellation: string;
  contractTypes: readonly string[];
  diplomaLevel: string;
  startDate: string;
  durationMonths: string;
  openings: string;
  workplaceAddress: string;
  employerDescription: string;
  description?: string;
}>;

export const EMPTY_OFFER_FORM: OfferFormValues = {
  metier: "",
  romeCode: "",
  appellation: "",
  contractTypes: ["apprentissage"],
  diplomaLevel: "",
  startDate: "",
  durationMonths: "12",
  openings: "1",
  workplaceAddress: "",
  employerDescription: "",
};

/**
 * The offer's fields, shared by the publish form and the edit form. The métier is typed: `autocomplete.js` fills
 * the fiche's code and the appellation as one picks a suggestion; without JavaScript the server takes the best
 * suggestion for the typed text (the hidden appellation tells it whether the code still matches the text).
 */
export function OfferFields({ values, errors }: Readonly<{ values: OfferFormValues; errors: FieldErrors }>) {
  return (
    <>
      <div class="autocomplete">
        <TextInput
          name="metier"
          label="Métier"
          hint="Par exemple : boulanger, vendeur en boulangerie, cuisinier"
          value={values.metier}
          errors={errors}
          required
          autocomplete="off"
          maxlength={200}
          data={{ autocomplete: "metiers", target: "romeCode", label: "appellation", chosen: "metierChoisi" }}
        />
      </div>
      <input type="hidden" name="romeCode" value={values.romeCode} />
      <input type="hidden" name="metierChoisi" value={values.romeCode ? values.metier : ""} />
      <input type="hidden" name="appellation" value={values.appellation} />
      <Checkboxes
        name="contractTypes"
        legend="Type de contrat"
        hint="Cochez-en au moins un."
        options={CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_LABELS[type] }))}
        values={values.contractTypes}
        errors={errors}
      />
      <Select
        name="diplomaLevel"
        label="Niveau de diplôme préparé"
        value={values.diplomaLevel}
        emptyLabel="Indifférent"
        options={TARGET_DIPLOMA_LEVELS.map((level) => ({ value: level, label: DIPLOMA_LEVEL_LABELS[level] }))}
        errors={errors}
      />
      <TextInput
        name="startDate"
        label="Date de début du contrat"
        hint="Au format JJ/MM/AAAA"
        type="date"
        value={values.startDate}
        errors={errors}
        required
      />
      <TextInput
        name="durationMonths"
        label="Durée du contrat, en mois"
        hint="De 6 à 36 mois"
        type="number"
        inputmode="numeric"
        value={values.durationMonths}
        errors={errors}
        required
      />
      <TextInput
        name="openings"
        label="Nombre de postes"
        hint="De 1 à 10"
        type="number"
        inputmode="numeric"
        value={values.openings}
        errors={errors}
        required
      />
      <TextInput
        name="workplaceAddress"
        label="Lieu de travail (facultatif)"
        hint="Seulement s’il diffère de l’adresse de votre établissement"
        value={values.workplaceAddress}
        errors={errors}
        autocomplete="street-address"
        maxlength={300}
      />
      {values.description === undefined ? null : (
        <TextArea
          name="description"
          label="Description de l’offre"
          hint="Rédigée à partir de la fiche métier : relisez-la et adaptez-la à votre poste."
          value={values.description}
          errors={errors}
          rows={14}
          maxlength={20_000}
        />
      )}
      <TextArea
        name="employerDescription"
        label="Présentation de votre entreprise (facultatif)"
        value={values.employerDescription}
        errors={errors}
        maxlength={20_000}
      />
    </>
  );
}
