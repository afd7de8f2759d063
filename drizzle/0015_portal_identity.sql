ALTER TABLE "consultation_comments" ALTER COLUMN "article_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "logo" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug") WHERE "units"."slug" is not null;--> statement-breakpoint
-- Every commune gets its readable address (/xa/hong-son): the name without diacritics; a name that is already taken adds
-- its province ("hong-son-ha-noi"), then its official code (or a counter). Current communes come before merged ones and
-- older before newer, so the commune people know keeps the short address. units/slug.ts gives new communes theirs by
-- the same rule.
WITH named AS (
  SELECT c.id, c.code, c.created_at, c.ended_on,
    coalesce(nullif(trim(both '-' from regexp_replace(lower(translate(normalize(c.name, NFC), 'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬđĐèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaddeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyy')), '[^a-z0-9]+', '-', 'g')), ''), 'xa') AS base,
    nullif(trim(both '-' from regexp_replace(lower(translate(normalize(p.name, NFC), 'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬđĐèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaddeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyy')), '[^a-z0-9]+', '-', 'g')), '') AS province
  FROM units c
  LEFT JOIN units p ON p.id::text = split_part(c.path, '/', 2) AND p.id <> c.id
  WHERE c.level = 'commune'
), by_name AS (
  SELECT named.*, row_number() OVER (PARTITION BY base ORDER BY ended_on IS NOT NULL, created_at, id) AS n FROM named
), with_province AS (
  SELECT by_name.*, CASE WHEN n = 1 THEN base ELSE concat_ws('-', base, province) END AS candidate FROM by_name
), ranked AS (
  SELECT with_province.*,
    row_number() OVER (PARTITION BY candidate ORDER BY ended_on IS NOT NULL, created_at, id) AS m
  FROM with_province
)
UPDATE units SET slug = CASE WHEN ranked.m = 1 THEN ranked.candidate ELSE ranked.candidate || '-' || coalesce(ranked.code, ranked.m::text) END
FROM ranked WHERE units.id = ranked.id;
