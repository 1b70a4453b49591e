CREATE TABLE "application_cvs" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"sealed" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
