CREATE TABLE "company_unsubscription_links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"sirets" text[] NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "company_unsubscription_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "company_update_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"siret" text NOT NULL,
	"email" text,
	"phone" text,
	"requester_email" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text
);
--> statement-breakpoint
CREATE TABLE "dereferenced_companies" (
	"siret" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"dereferenced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hiring_companies" (
	"generation" integer NOT NULL,
	"siret" text NOT NULL,
	"legal_name" text NOT NULL,
	"brand" text,
	"naf_code" text NOT NULL,
	"naf_label" text NOT NULL,
	"street" text,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"insee" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"rome_codes" text[] NOT NULL,
	"rome_scores" smallint[] NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"import_rank" integer NOT NULL,
	CONSTRAINT "hiring_companies_generation_siret_pk" PRIMARY KEY("generation","siret")
) PARTITION BY LIST ("generation");
--> statement-breakpoint
CREATE TABLE "hiring_company_contacts" (
	"siret" text PRIMARY KEY NOT NULL,
	"email" text,
	"phone" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hiring_company_live" (
	"id" smallint PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "company_update_requests_status_created" ON "company_update_requests" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "dereferenced_companies_at" ON "dereferenced_companies" USING btree ("dereferenced_at");--> statement-breakpoint
CREATE INDEX "hiring_companies_email" ON "hiring_companies" USING btree ("email");--> statement-breakpoint
CREATE INDEX "hiring_company_contacts_updated_at" ON "hiring_company_contacts" USING btree ("updated_at");