ALTER TABLE "initiatives" ADD COLUMN "access" jsonb;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "access_languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "access_modes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "access_weekdays" smallint[] DEFAULT '{}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "access_free" boolean;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "access_wheelchair" boolean;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "capacity" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "capacity_set_on" date;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "verified_on" date;--> statement-breakpoint
CREATE INDEX "initiatives_access_languages_idx" ON "initiatives" USING gin ("access_languages");--> statement-breakpoint
CREATE INDEX "initiatives_access_modes_idx" ON "initiatives" USING gin ("access_modes");--> statement-breakpoint
CREATE INDEX "initiatives_access_weekdays_idx" ON "initiatives" USING gin ("access_weekdays");--> statement-breakpoint
CREATE INDEX "initiatives_verified_on_idx" ON "initiatives" USING btree ("verified_on");