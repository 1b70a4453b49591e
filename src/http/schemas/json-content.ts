/** An OpenAPI `content` entry for a JSON body of `schema` (request or response). */
export const json = <S>(schema: S) => ({ "application/json": { schema } });
