-- A bank row's statement, account and fund in one foreign key (to the statement, which holds the account and fund):
-- one check per imported transfer instead of three. Rows imported before uploads were recorded get one statement per
-- account, named as such, so every row has its statement.
INSERT INTO "bank_statements" ("id", "commune_id", "fund_id", "account_id", "file_name", "rows", "amount", "stored",
  "stored_amount", "duplicates", "duplicate_amount", "error_count", "error_amount", "ignored", "created_by", "created_at")
SELECT gen_random_uuid(), "commune_id", "fund_id", "account_id", '(nhập trước khi lưu tệp sao kê)', count(*), sum("amount"),
  count(*), sum("amount"), 0, 0, 0, 0, 0, NULL, min("created_at")
FROM "bank_rows" WHERE "statement_id" IS NULL GROUP BY "commune_id", "fund_id", "account_id";--> statement-breakpoint
UPDATE "bank_rows" AS b SET "statement_id" = s."id" FROM "bank_statements" AS s
WHERE b."statement_id" IS NULL AND s."file_name" = '(nhập trước khi lưu tệp sao kê)' AND s."commune_id" = b."commune_id"
  AND s."fund_id" = b."fund_id" AND s."account_id" = b."account_id";--> statement-breakpoint
ALTER TABLE "bank_rows" DROP CONSTRAINT "bank_rows_fund_id_funds_id_fk";--> statement-breakpoint
ALTER TABLE "bank_rows" DROP CONSTRAINT "bank_rows_account_id_fund_accounts_id_fk";--> statement-breakpoint
ALTER TABLE "bank_rows" DROP CONSTRAINT "bank_rows_statement_id_bank_statements_id_fk";--> statement-breakpoint
ALTER TABLE "bank_rows" ALTER COLUMN "statement_id" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statements_account_fund_idx" ON "bank_statements" USING btree ("id","account_id","fund_id");--> statement-breakpoint
ALTER TABLE "bank_rows" ADD CONSTRAINT "bank_rows_statement_fk" FOREIGN KEY ("statement_id","account_id","fund_id") REFERENCES "public"."bank_statements"("id","account_id","fund_id") ON DELETE no action ON UPDATE no action;
