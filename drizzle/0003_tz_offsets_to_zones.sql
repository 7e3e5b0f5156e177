-- Time zones become IANA names (modules/users/timezone.ts). City buttons already stored one
-- (Europe/Berlin, ...); matching now computes their offset when it runs, so nothing changes for them.
-- A stored fixed whole-hour offset (label 'UTC+03:00', or an offset with no zone) maps exactly to the fixed
-- zone Etc/GMT∓N (POSIX sign: UTC+3 = Etc/GMT-3): same offset all year, as before. It is not guessed to be a
-- city (UTC+1 could be Berlin with DST or Lagos without): people who want DST pick their city in /profile.
-- Offsets with minutes (+05:30, -09:30) have no Etc zone and stay as they are.
UPDATE "users"
SET "timezone" = CASE
    WHEN "utc_offset_minutes" = 0 THEN 'Etc/GMT'
    ELSE 'Etc/GMT' || CASE WHEN "utc_offset_minutes" > 0 THEN '-' ELSE '+' END || (abs("utc_offset_minutes") / 60)::text
  END,
  "updated_at" = now()
WHERE "utc_offset_minutes" IS NOT NULL
  AND "utc_offset_minutes" % 60 = 0
  AND "utc_offset_minutes" BETWEEN -720 AND 840
  AND ("timezone" IS NULL OR "timezone" NOT LIKE '%/%');
