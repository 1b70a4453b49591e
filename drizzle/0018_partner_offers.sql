CREATE TABLE "partner_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"rome_code" text NOT NULL,
	"company_name" text,
	"place_label" text,
	"city" text,
	"postcode" text,
	"insee_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"contract_types" text[] NOT NULL,
	"diploma_level" text,
	"description" text NOT NULL,
	"contact_email" text,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "partner_offers_status" ON "partner_offers" USING btree ("status");