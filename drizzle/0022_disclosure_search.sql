CREATE TABLE "drive_day_totals" (
	"drive_id" uuid NOT NULL,
	"date" date NOT NULL,
	"method" text NOT NULL,
	"account_key" uuid NOT NULL,
	"cash" bigint NOT NULL,
	"goods" bigint NOT NULL,
	"receipts" integer NOT NULL,
	CONSTRAINT "drive_day_totals_drive_id_date_method_account_key_pk" PRIMARY KEY("drive_id","date","method","account_key")
);
--> statement-breakpoint
CREATE TABLE "drive_ledgers" (
	"drive_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_disclosure_files" (
	"drive_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"volumes" integer NOT NULL,
	"rows" integer NOT NULL,
	"requested_version" bigint,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "created_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "donations" ADD COLUMN "name_words" text[] GENERATED ALWAYS AS (case when "donor_kind" = 'anonymous' or "public_anonymous" then null else array_remove(regexp_split_to_array(lower(translate(normalize("donor_name", NFC), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaddiiuuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy')), '[^a-z]+'), '') end) STORED;--> statement-breakpoint
CREATE INDEX "donations_public_page_idx" ON "donations" USING btree ("drive_id","date","seq") WHERE "donations"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "donations_public_amount_idx" ON "donations" USING btree ("drive_id","amount","date","seq") WHERE "donations"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "donations_public_ref_idx" ON "donations" USING btree ("drive_id",(reverse(upper("bank_ref")) collate "C")) WHERE "donations"."voided_at" is null and "donations"."bank_ref" is not null;--> statement-breakpoint
CREATE INDEX "donations_name_words_idx" ON "donations" USING gin ("name_words");--> statement-breakpoint
-- A drive's totals per day, method and account, kept in the statement that writes, voids or moves receipts (statement
-- level, over the transition tables: one upsert per group however many rows an import writes). Each trigger passes
-- its own transition tables; a branch reads only the tables its event has.
CREATE FUNCTION "drive_day_totals_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "drive_day_totals" AS t ("drive_id", "date", "method", "account_key", "cash", "goods", "receipts")
    SELECT "drive_id", "date", "method", coalesce("account_id", '00000000-0000-0000-0000-000000000000'::uuid),
      -sum("amount"), -sum("in_kind_value"), -count(*)
    FROM "old_rows" WHERE "drive_id" IS NOT NULL AND "voided_at" IS NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT ("drive_id", "date", "method", "account_key") DO UPDATE
      SET "cash" = t."cash" + excluded."cash", "goods" = t."goods" + excluded."goods",
          "receipts" = t."receipts" + excluded."receipts";
    INSERT INTO "drive_ledgers" AS l ("drive_id", "version")
    SELECT DISTINCT "drive_id", 1 FROM "old_rows" WHERE "drive_id" IS NOT NULL
    ON CONFLICT ("drive_id") DO UPDATE SET "version" = l."version" + 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "drive_day_totals" AS t ("drive_id", "date", "method", "account_key", "cash", "goods", "receipts")
    SELECT "drive_id", "date", "method", coalesce("account_id", '00000000-0000-0000-0000-000000000000'::uuid),
      sum("amount"), sum("in_kind_value"), count(*)
    FROM "new_rows" WHERE "drive_id" IS NOT NULL AND "voided_at" IS NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT ("drive_id", "date", "method", "account_key") DO UPDATE
      SET "cash" = t."cash" + excluded."cash", "goods" = t."goods" + excluded."goods",
          "receipts" = t."receipts" + excluded."receipts";
    INSERT INTO "drive_ledgers" AS l ("drive_id", "version")
    SELECT DISTINCT "drive_id", 1 FROM "new_rows" WHERE "drive_id" IS NOT NULL
    ON CONFLICT ("drive_id") DO UPDATE SET "version" = l."version" + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "donations_totals_insert" AFTER INSERT ON "donations" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_day_totals_apply"();
--> statement-breakpoint
CREATE TRIGGER "donations_totals_update" AFTER UPDATE ON "donations" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_day_totals_apply"();
--> statement-breakpoint
CREATE TRIGGER "donations_totals_delete" AFTER DELETE ON "donations" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_day_totals_apply"();
--> statement-breakpoint
-- Payouts of a drive, and transfers of its fund, change what its public page and PDF show: a new version.
CREATE FUNCTION "drive_ledger_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'disbursements' THEN
    INSERT INTO "drive_ledgers" AS l ("drive_id", "version")
    SELECT DISTINCT "drive_id", 1 FROM "changed_rows" WHERE "drive_id" IS NOT NULL
    ON CONFLICT ("drive_id") DO UPDATE SET "version" = l."version" + 1;
  ELSE
    INSERT INTO "drive_ledgers" AS l ("drive_id", "version")
    SELECT "id", 1 FROM "drives" WHERE "fund_id" IN (SELECT "fund_id" FROM "changed_rows")
    ON CONFLICT ("drive_id") DO UPDATE SET "version" = l."version" + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "disbursements_ledger_insert" AFTER INSERT ON "disbursements" REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_ledger_bump"();
--> statement-breakpoint
CREATE TRIGGER "disbursements_ledger_update" AFTER UPDATE ON "disbursements" REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_ledger_bump"();
--> statement-breakpoint
CREATE TRIGGER "fund_transfers_ledger_insert" AFTER INSERT ON "fund_transfers" REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_ledger_bump"();
--> statement-breakpoint
CREATE TRIGGER "fund_transfers_ledger_update" AFTER UPDATE ON "fund_transfers" REFERENCING NEW TABLE AS "changed_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "drive_ledger_bump"();
--> statement-breakpoint
INSERT INTO "drive_day_totals" ("drive_id", "date", "method", "account_key", "cash", "goods", "receipts")
SELECT "drive_id", "date", "method", coalesce("account_id", '00000000-0000-0000-0000-000000000000'::uuid),
  sum("amount"), sum("in_kind_value"), count(*)
FROM "donations" WHERE "drive_id" IS NOT NULL AND "voided_at" IS NULL GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO "drive_ledgers" ("drive_id", "version") SELECT "id", 1 FROM "drives";
