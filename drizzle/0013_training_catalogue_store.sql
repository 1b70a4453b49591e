CREATE TABLE "training_import_records" (
	"import_id" uuid NOT NULL,
	"id" text NOT NULL,
	"catalogue_key" text NOT NULL,
	"record" jsonb NOT NULL,
	"title" text NOT NULL,
	"diploma_level" text,
	"rome_codes" text[] NOT NULL,
	"formateur_siret" text NOT NULL,
	"qualiopi" boolean NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"search_text" text NOT NULL,
	"codes" text[] NOT NULL,
	CONSTRAINT "training_import_records_import_id_id_pk" PRIMARY KEY("import_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"cursor" text,
	"read_count" integer NOT NULL,
	"kept_count" integer NOT NULL,
	"rejected" jsonb NOT NULL,
	"removed_count" integer,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" text PRIMARY KEY NOT NULL,
	"catalogue_key" text NOT NULL,
	"record" jsonb NOT NULL,
	"title" text NOT NULL,
	"diploma_level" text,
	"rome_codes" text[] NOT NULL,
	"formateur_siret" text NOT NULL,
	"qualiopi" boolean NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"search_text" text NOT NULL,
	"codes" text[] NOT NULL,
	"earth" "cube" GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "training_import_records" ADD CONSTRAINT "training_import_records_import_id_training_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."training_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trainings_earth" ON "trainings" USING gist ("earth");--> statement-breakpoint
CREATE INDEX "trainings_rome_codes" ON "trainings" USING gin ("rome_codes");--> statement-breakpoint
CREATE INDEX "trainings_codes" ON "trainings" USING gin ("codes");--> statement-breakpoint
CREATE INDEX "trainings_search_text_trgm" ON "trainings" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "trainings_formateur_siret" ON "trainings" USING btree ("formateur_siret");--> statement-breakpoint
CREATE INDEX "trainings_feed_order" ON "trainings" USING btree ("updated_at","id" collate "C");