/** The part of an OpenAPI 3.1 document the fuzz test reads (tests/http/fuzz.test.ts, docs/adr/0014). */

export type JsonSchema = Readonly<{
  $ref?: string;
  type?: string | readonly string[];
  enum?: readonly unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  example?: unknown;
  examples?: readonly unknown[];
}>;

type Parameter = Readonly<{
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}>;

type SecurityScheme = Readonly<{ type: string; scheme?: string; in?: string; name?: string }>;

export type Operation = Readonly<{
  /** e.g. `POST /api/v1/offers/{id}/close`. */
  name: string;
  method: string;
  path: string;
  parameters: readonly Parameter[];
  body: Readonly<{ mediaType: string; schema: JsonSchema; required: boolean }> | null;
  /** Answers HTML (the pages), else JSON and problem+json. */
  html: boolean;
  /** The schemes of its `security` (any of them authenticates). */
  security: readonly SecurityScheme[];
}>;

type Document = Readonly<{
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, SecurityScheme> };
}>;

type RawOperation = Readonly<{
  parameters?: readonly Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
  security?: readonly Record<string, unknown>[];
}>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every operation of the document, `$ref`s resolved. */
export function operationsOf(document: Document): Operation[] {
  const resolve = resolver(document);
  const schemes = document.components?.securitySchemes ?? {};
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const raw = item[method] as RawOperation;
      const [mediaType, content] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      const answers = Object.values(raw.responses).flatMap((response) => Object.keys(response.content ?? {}));
      return {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body:
          mediaType && content
            ? { mediaType, schema: resolve(content.schema), required: !!raw.requestBody?.required }
            : null,
        html: answers.length > 0 && answers.every((type) => type.startsWith("text/html")),
        security: (raw.security ?? []).flatMap((requirement) =>
          Object.keys(requirement).map((key) => schemes[key] ?? { type: key }),
        ),
      };
    }),
  );
}

/** Inlines `#/components/schemas/…` references, recursively. */
function resolver(document: Document) {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (schema.$ref) return resolve(schemas[schema.$ref.split("/").pop() ?? ""] ?? {});
    const out: Record<string, unknown> = { ...schema };
    if (schema.items) out.items = resolve(schema.items);
    if (schema.properties) {
      out.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [key, resolve(value)]),
      );
    }
    if (schema.anyOf) out.anyOf = schema.anyOf.map(resolve);
    if (schema.oneOf) out.oneOf = schema.oneOf.map(resolve);
    return out as JsonSchema;
  };
  return resolve;
}
