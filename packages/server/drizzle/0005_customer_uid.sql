ALTER TABLE "customers" ADD COLUMN "uid" text;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_uid_unique" UNIQUE("uid");