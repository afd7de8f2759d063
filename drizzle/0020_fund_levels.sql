CREATE TABLE "allocation_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"allocation_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"disbursement_id" uuid NOT NULL,
	CONSTRAINT "allocation_lines_amount_check" CHECK ("allocation_lines"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "allocation_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"transfer_id" uuid NOT NULL,
	"date" date NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"drive_id" uuid,
	"decision_ref" text NOT NULL,
	"date" date NOT NULL,
	"purpose" text NOT NULL,
	"total" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocations_total_check" CHECK ("allocations"."total" > 0)
);
--> statement-breakpoint
ALTER TABLE "units" DROP CONSTRAINT "units_level_check";--> statement-breakpoint
ALTER TABLE "allocation_lines" ADD CONSTRAINT "allocation_lines_allocation_id_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_lines" ADD CONSTRAINT "allocation_lines_recipient_id_units_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_lines" ADD CONSTRAINT "allocation_lines_disbursement_id_disbursements_id_fk" FOREIGN KEY ("disbursement_id") REFERENCES "public"."disbursements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_receipts" ADD CONSTRAINT "allocation_receipts_line_id_allocation_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."allocation_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_receipts" ADD CONSTRAINT "allocation_receipts_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_receipts" ADD CONSTRAINT "allocation_receipts_transfer_id_fund_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."fund_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_receipts" ADD CONSTRAINT "allocation_receipts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_drive_id_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_lines_recipient_idx" ON "allocation_lines" USING btree ("commune_id","allocation_id","recipient_id");--> statement-breakpoint
CREATE INDEX "allocation_lines_recipient_only_idx" ON "allocation_lines" USING btree ("recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_receipts_line_idx" ON "allocation_receipts" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "allocations_fund_idx" ON "allocations" USING btree ("fund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_national_idx" ON "units" USING btree ("level") WHERE "units"."level" = 'national';--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_level_check" CHECK ("units"."level" in ('national','province','district','commune','village'));