-- A duplicate copy could only be left by two attempts of one update racing (a lapsed de-dup lease): keep
-- the first row as the copy of its source message, so the unique index below can be built.
UPDATE "outbox" o SET "source_message_id" = NULL
WHERE o."method" = 'copyMessage' AND o."source_message_id" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "outbox" d
  WHERE d."method" = 'copyMessage' AND d."chat_id" = o."chat_id" AND d."session_id" = o."session_id"
    AND d."source_message_id" = o."source_message_id" AND d."id" < o."id"
);--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_copy_idx" ON "outbox" USING btree ("chat_id","session_id","source_message_id") WHERE method = 'copyMessage';
