CREATE TABLE "fund_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"bank_name" text NOT NULL,
	"bank_bin" text,
	"account_no" text NOT NULL,
	"account_name" text,
	"default_drive_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "donations" ADD COLUMN "account_id" uuid;--> statement-breakpoint
ALTER TABLE "donations" ADD COLUMN "bank_ref" text;--> statement-breakpoint
ALTER TABLE "donations" ADD COLUMN "payer_account" text;--> statement-breakpoint
ALTER TABLE "fund_accounts" ADD CONSTRAINT "fund_accounts_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_number_idx" ON "fund_accounts" USING btree ("commune_id","fund_id","bank_name","account_no");--> statement-breakpoint
CREATE INDEX "fund_accounts_fund_idx" ON "fund_accounts" USING btree ("fund_id");--> statement-breakpoint
-- A fund's one account so far becomes its first account (the fund's columns stay for the receipt's VietQR).
INSERT INTO "fund_accounts" ("commune_id", "fund_id", "bank_name", "bank_bin", "account_no", "account_name")
SELECT "commune_id", "id",
  CASE "bank_bin" WHEN '970436' THEN 'Vietcombank' WHEN '970415' THEN 'VietinBank' WHEN '970418' THEN 'BIDV'
    WHEN '970405' THEN 'Agribank' WHEN '970407' THEN 'Techcombank' WHEN '970422' THEN 'MB' ELSE 'Ngân hàng' END,
  "bank_bin", "bank_account", "bank_account_name"
FROM "funds" WHERE "bank_account" IS NOT NULL;
