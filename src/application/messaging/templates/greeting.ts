/** "Bonjour Zoé," or, when we do not know the first name yet, "Bonjour,". */
export function greeting(firstName: string | null | undefined): string {
  const name = firstName?.trim();
  return name ? `Bonjour ${name},` : "Bonjour,";
}
