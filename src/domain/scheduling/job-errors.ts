/** No job is registered under this name (docs/API.md: `POST /dev/jobs/{name}` answers 404). */
export type JobUnknown = { readonly code: "JOB_UNKNOWN"; readonly name: string };

/** Another run of the job (another instance, or the background runner) still holds its lease. */
export type JobBusy = { readonly code: "JOB_BUSY"; readonly name: string };
