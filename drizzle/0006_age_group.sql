ALTER TABLE "users" ADD COLUMN "age_group" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_age_group_check" CHECK ("users"."age_group" in ('under_13', '13_17', '18_plus'));