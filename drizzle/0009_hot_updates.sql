DROP INDEX "chat_sessions_activity_idx";--> statement-breakpoint
DROP INDEX "outbox_pending_idx";--> statement-breakpoint
CREATE INDEX "chat_sessions_active_idx" ON "chat_sessions" USING btree ("id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("chat_id","id") WHERE status = 'pending';--> statement-breakpoint
-- room on each page for the relay's per-message update of its session (last_activity_at, message_count) to stay a HOT update (no index writes); applies to pages written from now on
ALTER TABLE "chat_sessions" SET (fillfactor = 70);
