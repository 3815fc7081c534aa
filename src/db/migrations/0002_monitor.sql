CREATE TABLE "area_geometries" (
	"level" text NOT NULL,
	"code" text NOT NULL,
	"valid_from_year" integer NOT NULL,
	"valid_to_year" integer,
	"geometry" jsonb NOT NULL,
	"min_lon" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lon" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_geometries_level_code_valid_from_year_pk" PRIMARY KEY("level","code","valid_from_year")
);
--> statement-breakpoint
CREATE TABLE "area_links" (
	"child_level" text NOT NULL,
	"child_code" text NOT NULL,
	"parent_level" text NOT NULL,
	"parent_code" text NOT NULL,
	"valid_from_year" integer NOT NULL,
	"valid_to_year" integer,
	"source" text NOT NULL,
	CONSTRAINT "area_links_child_level_child_code_parent_level_valid_from_year_pk" PRIMARY KEY("child_level","child_code","parent_level","valid_from_year")
);
--> statement-breakpoint
CREATE TABLE "area_successions" (
	"level" text NOT NULL,
	"predecessor_code" text NOT NULL,
	"successor_code" text NOT NULL,
	"year" integer NOT NULL,
	"evidence" integer DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "area_successions_level_predecessor_code_successor_code_pk" PRIMARY KEY("level","predecessor_code","successor_code")
);
--> statement-breakpoint
CREATE TABLE "population_compositions" (
	"dataset_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_nl" text,
	"name_fr" text,
	"district_code" text,
	"province_code" text,
	"region_code" text,
	"total" double precision NOT NULL,
	"counts" text NOT NULL,
	CONSTRAINT "population_compositions_dataset_id_code_pk" PRIMARY KEY("dataset_id","code")
);
--> statement-breakpoint
CREATE TABLE "population_datasets" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rows" integer NOT NULL,
	"total" double precision NOT NULL,
	"area_count" integer NOT NULL,
	"layout" jsonb,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population_sector_totals" (
	"dataset_id" integer NOT NULL,
	"code" text NOT NULL,
	"municipality_code" text NOT NULL,
	"name_nl" text,
	"name_fr" text,
	"municipality_name_nl" text,
	"municipality_name_fr" text,
	"total" double precision NOT NULL,
	CONSTRAINT "population_sector_totals_dataset_id_code_pk" PRIMARY KEY("dataset_id","code")
);
--> statement-breakpoint
CREATE TABLE "rate_tables" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rules" jsonb NOT NULL,
	"csv" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "population_compositions" ADD CONSTRAINT "population_compositions_dataset_id_population_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."population_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_sector_totals" ADD CONSTRAINT "population_sector_totals_dataset_id_population_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."population_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_links_parent_idx" ON "area_links" USING btree ("parent_level","parent_code");--> statement-breakpoint
CREATE INDEX "area_successions_successor_idx" ON "area_successions" USING btree ("level","successor_code");--> statement-breakpoint
CREATE UNIQUE INDEX "population_datasets_kind_year_idx" ON "population_datasets" USING btree ("kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_level_code_from_idx" ON "areas" USING btree ("level","code","valid_from_year");