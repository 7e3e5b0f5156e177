CREATE TABLE "chat_erasures" (
	"session_id" integer PRIMARY KEY NOT NULL,
	"requested_by" integer NOT NULL,
	"erased" integer NOT NULL,
	"skipped" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
