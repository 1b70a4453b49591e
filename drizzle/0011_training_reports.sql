CREATE TABLE "training_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"siret" text NOT NULL,
	"rncp" text,
	"cfd" text,
	"period" text NOT NULL,
	"insee" text,
	"postcode" text,
	"reporter_email" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"resolution_note" text,
	CONSTRAINT "training_reports_one_place" CHECK (("training_reports"."insee" is null) <> ("training_reports"."postcode" is null))
);
--> statement-breakpoint
CREATE INDEX "training_reports_status_created" ON "training_reports" USING btree ("status","created_at");