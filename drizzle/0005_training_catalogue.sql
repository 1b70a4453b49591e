CREATE TABLE "training_providers" (
	"siret" text PRIMARY KEY NOT NULL,
	"uai" text,
	"legal_name" text NOT NULL,
	"street" text NOT NULL,
	"postcode" text,
	"city" text,
	"insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"qualiopi" boolean NOT NULL,
	"rome_codes" jsonb NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
