CREATE TABLE "bank_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"bank_txn_id" text NOT NULL,
	"date" date NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"payer_name" text,
	"drive_id" uuid,
	"donation_id" uuid,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"drive_id" uuid,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"payout_no" text NOT NULL,
	"amount" bigint NOT NULL,
	"date" date NOT NULL,
	"purpose" text NOT NULL,
	"recipient" text NOT NULL,
	"decision_ref" text NOT NULL,
	"relief_program_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	CONSTRAINT "disbursements_amount_check" CHECK ("disbursements"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_commune_id_fund_id_year_kind_pk" PRIMARY KEY("commune_id","fund_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"drive_id" uuid,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"receipt_no" text NOT NULL,
	"donor_kind" text NOT NULL,
	"donor_name" text NOT NULL,
	"donor_address" text,
	"method" text DEFAULT 'cash' NOT NULL,
	"amount" bigint NOT NULL,
	"in_kind_description" text,
	"in_kind_value" bigint DEFAULT 0 NOT NULL,
	"unit_id" uuid,
	"unit_path" text NOT NULL,
	"organization_id" uuid,
	"pledge_id" uuid,
	"bank_row_id" uuid,
	"date" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text,
	CONSTRAINT "donations_amount_check" CHECK ("donations"."amount" >= 0 and "donations"."in_kind_value" >= 0 and "donations"."amount" + "donations"."in_kind_value" > 0)
);
--> statement-breakpoint
CREATE TABLE "drives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"target" bigint,
	"assigned_by_unit_id" uuid,
	"assigned_by_body" text,
	"indicator_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drives_target_check" CHECK ("drives"."target" is null or "drives"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"amount" bigint NOT NULL,
	"date" date NOT NULL,
	"counterparty" text NOT NULL,
	"document_ref" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	CONSTRAINT "fund_transfers_amount_check" CHECK ("fund_transfers"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"bank_bin" text,
	"bank_account" text,
	"bank_account_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"drive_id" uuid,
	"donor_kind" text NOT NULL,
	"donor_name" text NOT NULL,
	"amount" bigint NOT NULL,
	"date" date NOT NULL,
	"unit_path" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	CONSTRAINT "pledges_amount_check" CHECK ("pledges"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_drive_id_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_drive_id_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_drive_id_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drives" ADD CONSTRAINT "drives_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drives" ADD CONSTRAINT "drives_assigned_by_unit_id_units_id_fk" FOREIGN KEY ("assigned_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drives" ADD CONSTRAINT "drives_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transfers" ADD CONSTRAINT "fund_transfers_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transfers" ADD CONSTRAINT "fund_transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_drive_id_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_rows_txn_idx" ON "bank_rows" USING btree ("commune_id","fund_id","bank_txn_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_number_idx" ON "disbursements" USING btree ("commune_id","fund_id","year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "donations_number_idx" ON "donations" USING btree ("commune_id","fund_id","year","seq");--> statement-breakpoint
CREATE INDEX "donations_fund_date_idx" ON "donations" USING btree ("fund_id","date");--> statement-breakpoint
CREATE INDEX "donations_drive_idx" ON "donations" USING btree ("drive_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drives_commune_code_idx" ON "drives" USING btree ("commune_id","code");--> statement-breakpoint
CREATE INDEX "fund_transfers_fund_idx" ON "fund_transfers" USING btree ("fund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funds_commune_name_idx" ON "funds" USING btree ("commune_id","name");--> statement-breakpoint
CREATE INDEX "pledges_fund_idx" ON "pledges" USING btree ("fund_id");