CREATE TABLE "partner_companies" (
	"id" text PRIMARY KEY NOT NULL,
	"cfa_organisation_id" text NOT NULL,
	"siret" text NOT NULL,
	"legal_name" text NOT NULL,
	"brand" text,
	"street" text NOT NULL,
	"postcode" text,
	"city" text,
	"insee" text,
	"naf_code" text,
	"opco" jsonb,
	"contact_first_name" text NOT NULL,
	"contact_last_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"contact_email" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partner_companies" ADD CONSTRAINT "partner_companies_cfa_organisation_id_organisations_id_fk" FOREIGN KEY ("cfa_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_companies_cfa_siret" ON "partner_companies" USING btree ("cfa_organisation_id","siret");