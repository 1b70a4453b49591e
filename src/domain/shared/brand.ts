/** A primitive that has passed its parse function; the brand keeps unparsed values out. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
