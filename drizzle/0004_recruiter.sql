CREATE TABLE "establishment_profiles" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"siret" text NOT NULL,
	"legal_name" text NOT NULL,
	"brand" text,
	"street" text NOT NULL,
	"postcode" text,
	"city" text,
	"insee" text,
	"naf_code" text,
	"naf_label" text,
	"headcount_band" text,
	"opco" jsonb,
	"uai" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "establishment_profiles" ADD CONSTRAINT "establishment_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;