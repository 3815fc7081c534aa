ALTER TABLE "initiatives" ADD COLUMN "description_fr" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "description_en" text;