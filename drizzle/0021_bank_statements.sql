CREATE TABLE "bank_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"rows" integer NOT NULL,
	"amount" bigint NOT NULL,
	"stored" integer NOT NULL,
	"stored_amount" bigint NOT NULL,
	"duplicates" integer NOT NULL,
	"duplicate_amount" bigint NOT NULL,
	"error_count" integer NOT NULL,
	"error_amount" bigint NOT NULL,
	"ignored" integer NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statements_sum_check" CHECK ("bank_statements"."rows" = "bank_statements"."stored" + "bank_statements"."duplicates" + "bank_statements"."error_count" and "bank_statements"."amount" = "bank_statements"."stored_amount" + "bank_statements"."duplicate_amount" + "bank_statements"."error_amount")
);
--> statement-breakpoint
DROP INDEX "bank_rows_txn_idx";--> statement-breakpoint
ALTER TABLE "bank_rows" ADD COLUMN "account_id" uuid;--> statement-breakpoint
-- Rows imported before accounts existed belong to their fund's first account (one is made for a fund without).
INSERT INTO "fund_accounts" ("commune_id", "fund_id", "bank_name", "account_no")
SELECT DISTINCT b."commune_id", b."fund_id", 'Ngân hàng', 'chưa ghi' FROM "bank_rows" b
WHERE NOT EXISTS (SELECT 1 FROM "fund_accounts" a WHERE a."fund_id" = b."fund_id");--> statement-breakpoint
UPDATE "bank_rows" b SET "account_id" = (SELECT a."id" FROM "fund_accounts" a WHERE a."fund_id" = b."fund_id"
  ORDER BY a."created_at", a."id" LIMIT 1);--> statement-breakpoint
ALTER TABLE "bank_rows" ALTER COLUMN "account_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD COLUMN "statement_id" uuid;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD COLUMN "line" integer;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD COLUMN "payer_account" text;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_statements_account_idx" ON "bank_statements" USING btree ("account_id","created_at");--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_statement_id_bank_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."bank_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_rows_identity_idx" ON "bank_rows" USING btree ("commune_id","account_id","bank_txn_id","date","amount");--> statement-breakpoint
CREATE INDEX "bank_rows_fund_page_idx" ON "bank_rows" USING btree ("fund_id","date","id");