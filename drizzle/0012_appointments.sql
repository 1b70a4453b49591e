CREATE TABLE "appointment_establishment_settings" (
	"siret" text PRIMARY KEY NOT NULL,
	"lba" boolean NOT NULL,
	"onisep" boolean NOT NULL,
	"parcoursup" boolean NOT NULL,
	"contact_email" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_reply_links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"request_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appointment_reply_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "appointment_request_slots" (
	"email" text NOT NULL,
	"training_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appointment_request_slots_email_training_id_pk" PRIMARY KEY("email","training_id")
);
--> statement-breakpoint
CREATE TABLE "appointment_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"training_id" text NOT NULL,
	"training_title" text NOT NULL,
	"formateur_siret" text NOT NULL,
	"establishment_name" text NOT NULL,
	"platform" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"applicant_type" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"message" text,
	"recipient_email" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answer_intention" text,
	"answer_message" text,
	"answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appointment_training_settings" (
	"training_id" text PRIMARY KEY NOT NULL,
	"lba" boolean NOT NULL,
	"onisep" boolean NOT NULL,
	"parcoursup" boolean NOT NULL,
	"contact_email" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcoursup_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"siret" text NOT NULL,
	"establishment_name" text NOT NULL,
	"recipient_email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "parcoursup_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "appointment_reply_links" ADD CONSTRAINT "appointment_reply_links_request_id_appointment_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."appointment_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_reply_links_request" ON "appointment_reply_links" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "appointment_requests_created" ON "appointment_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "appointment_requests_siret_created" ON "appointment_requests" USING btree ("formateur_siret","created_at");