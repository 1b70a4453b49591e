/** What `readMultipartForm` may read of one form: each limit is enforced while the bytes arrive. */
export type FormLimits = Readonly<{
  /** Bytes of one file part; one byte more and reading stops at once (`file_too_large`). */
  maxFileBytes: number;
  /** Bytes of one text field (e.g. 16 KiB); one byte more and reading stops at once (`field_too_large`). */
  maxFieldBytes: number;
  /** Text fields in the form, repeated names included (`too_many_parts` beyond). */
  maxFields: number;
  /** File parts in the form, empty file inputs included (`too_many_parts` beyond). */
  maxFiles: number;
}>;

export type UploadedFile = Readonly<{ filename: string; contentType: string; bytes: Uint8Array }>;

/** A form's text fields (UTF-8) and files, by field name; a name sent twice keeps its first value. */
export type MultipartForm = Readonly<{
  fields: ReadonlyMap<string, string>;
  files: ReadonlyMap<string, UploadedFile>;
}>;

/** Why a form was not read: never thrown, whatever the bytes. */
export type FormFailure =
  /** The Content-Type is not multipart/form-data (415). */
  | Readonly<{ kind: "not_multipart" }>
  /** No boundary, a truncated or unterminated body, unreadable part headers, text that is not UTF-8… (400). */
  | Readonly<{ kind: "malformed"; detail: string }>
  | Readonly<{ kind: "file_too_large"; field: string; limit: number }>
  | Readonly<{ kind: "field_too_large"; field: string }>
  | Readonly<{ kind: "too_many_parts" }>;
