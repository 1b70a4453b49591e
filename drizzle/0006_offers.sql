CREATE TABLE "offer_action_links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"offer_id" text NOT NULL,
	"life_number" integer NOT NULL,
	"cfa_siret" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offer_action_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "offer_cfa_shares" (
	"offer_id" text NOT NULL,
	"cfa_siret" text NOT NULL,
	"shared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offer_cfa_shares_offer_id_cfa_siret_pk" PRIMARY KEY("offer_id","cfa_siret")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"status" text NOT NULL,
	"rome_code" text NOT NULL,
	"rome_label" text NOT NULL,
	"appellation" text,
	"diploma_level" text,
	"contract_types" jsonb NOT NULL,
	"start_date" text NOT NULL,
	"duration_months" integer NOT NULL,
	"openings" integer NOT NULL,
	"description" text NOT NULL,
	"employer_description" text,
	"contact_email" text NOT NULL,
	"workplace_street" text,
	"workplace_postcode" text,
	"workplace_city" text,
	"workplace_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"partner_siret" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"life_number" integer NOT NULL,
	"reminders_sent" jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"close_reason_detail" text
);
--> statement-breakpoint
ALTER TABLE "offer_action_links" ADD CONSTRAINT "offer_action_links_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_cfa_shares" ADD CONSTRAINT "offer_cfa_shares_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_action_links_offer" ON "offer_action_links" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offers_organisation_status" ON "offers" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "offers_status_expires_at" ON "offers" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "offers_updated_at_id" ON "offers" USING btree ("updated_at","id");