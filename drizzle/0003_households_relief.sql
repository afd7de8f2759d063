CREATE TABLE "household_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"decision_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_categories_year_check" CHECK ("household_categories"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"head_name" text NOT NULL,
	"head_name_folded" text NOT NULL,
	"address" text,
	"members" integer,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone,
	CONSTRAINT "households_members_check" CHECK ("households"."members" is null or ("households"."members" >= 1 and "households"."members" <= 100))
);
--> statement-breakpoint
CREATE TABLE "relief_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"date" date NOT NULL,
	"partner" text,
	"target_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relief_supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"value" bigint NOT NULL,
	"description" text,
	"source_kind" text NOT NULL,
	"fund_id" uuid,
	"disbursement_id" uuid,
	"donor_name" text,
	"override_reason" text,
	"handed_over_at" date,
	"handed_over_by" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_supports_value_check" CHECK ("relief_supports"."value" > 0),
	CONSTRAINT "relief_supports_source_check" CHECK (("relief_supports"."source_kind" = 'fund') = ("relief_supports"."fund_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "household_categories" ADD CONSTRAINT "household_categories_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_programs" ADD CONSTRAINT "relief_programs_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_supports" ADD CONSTRAINT "relief_supports_program_id_relief_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."relief_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_supports" ADD CONSTRAINT "relief_supports_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_supports" ADD CONSTRAINT "relief_supports_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_supports" ADD CONSTRAINT "relief_supports_disbursement_id_disbursements_id_fk" FOREIGN KEY ("disbursement_id") REFERENCES "public"."disbursements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_supports" ADD CONSTRAINT "relief_supports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "household_categories_unique_idx" ON "household_categories" USING btree ("household_id","year","category");--> statement-breakpoint
CREATE INDEX "household_categories_commune_year_idx" ON "household_categories" USING btree ("commune_id","year","category");--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "households" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "households_commune_folded_idx" ON "households" USING btree ("commune_id","head_name_folded");--> statement-breakpoint
CREATE INDEX "relief_programs_commune_idx" ON "relief_programs" USING btree ("commune_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "relief_supports_once_idx" ON "relief_supports" USING btree ("program_id","household_id") WHERE "relief_supports"."override_reason" is null;--> statement-breakpoint
CREATE INDEX "relief_supports_household_idx" ON "relief_supports" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "relief_supports_program_idx" ON "relief_supports" USING btree ("program_id");