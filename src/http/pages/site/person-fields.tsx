import { type FieldErrors, TextInput } from "./form-controls.tsx";

type PersonValues = Readonly<{ firstName?: string; lastName?: string; email?: string; phone?: string }>;

type PersonFieldsProps = Readonly<{
  values: PersonValues;
  errors: FieldErrors;
  /** What the address is for, before the expected format ("L’entreprise vous répondra à cette adresse."). */
  emailPurpose?: string;
  phoneRequired?: boolean;
}>;

/** A person's first and last name, email and phone, as the candidate forms ask them (application, appointment). */
export function PersonFields({ values, errors, emailPurpose, phoneRequired = false }: PersonFieldsProps) {
  return (
    <>
      <TextInput
        name="firstName"
        label="Prénom"
        value={values.firstName}
        errors={errors}
        required
        autocomplete="given-name"
        maxlength={100}
      />
      <TextInput
        name="lastName"
        label="Nom"
        value={values.lastName}
        errors={errors}
        required
        autocomplete="family-name"
        maxlength={100}
      />
      <TextInput
        name="email"
        label="Adresse e-mail"
        hint={[emailPurpose, "Format attendu : prenom.nom@exemple.fr"].filter(Boolean).join(" ")}
        type="email"
        value={values.email}
        errors={errors}
        required
        autocomplete="email"
      />
      <TextInput
        name="phone"
        label={phoneRequired ? "Téléphone" : "Téléphone (facultatif)"}
        hint="Un numéro français, par exemple 06 12 34 56 78"
        type="tel"
        value={values.phone}
        errors={errors}
        required={phoneRequired}
        autocomplete="tel"
      />
    </>
  );
}
