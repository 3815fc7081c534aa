CREATE TABLE "areas" (
	"code" text NOT NULL,
	"level" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_fr" text,
	"parent_code" text,
	"valid_from_year" integer DEFAULT 1977 NOT NULL,
	"valid_to_year" integer
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"initiative_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"description" text,
	"goal" text,
	"location" text,
	"organisation" text,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact" text,
	"source" text NOT NULL,
	"elements" text[] NOT NULL,
	"prevention" text NOT NULL,
	"dimensions" text[] NOT NULL,
	"social_isolation" boolean NOT NULL,
	"age_groups" text[] NOT NULL,
	"course" text NOT NULL,
	"risk_factors" text[] NOT NULL,
	"approach" text NOT NULL,
	"evidence" text NOT NULL,
	"primary_actor" text NOT NULL,
	"geographic_level" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"search_title" text DEFAULT '' NOT NULL,
	"search_body" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, search_title), 'A') || setweight(to_tsvector('french'::regconfig, search_title), 'A') || setweight(to_tsvector('dutch'::regconfig, search_body), 'B') || setweight(to_tsvector('french'::regconfig, search_body), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_code_idx" ON "areas" USING btree ("code");--> statement-breakpoint
CREATE INDEX "areas_level_idx" ON "areas" USING btree ("level");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "initiative_revisions_initiative_idx" ON "initiative_revisions" USING btree ("initiative_id","at");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "initiatives_elements_idx" ON "initiatives" USING gin ("elements");--> statement-breakpoint
CREATE INDEX "initiatives_areas_idx" ON "initiatives" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "initiatives_status_idx" ON "initiatives" USING btree ("status");--> statement-breakpoint
CREATE INDEX "initiatives_source_idx" ON "initiatives" USING btree ("source");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");