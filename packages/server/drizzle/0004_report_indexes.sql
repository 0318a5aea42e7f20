CREATE INDEX "order_payments_method_idx" ON "order_payments" USING btree ("payment_method_id");--> statement-breakpoint
CREATE INDEX "orders_sold_at_idx" ON "orders" USING btree ("sold_at");--> statement-breakpoint
CREATE INDEX "orders_employee_sold_idx" ON "orders" USING btree ("employee_id","sold_at");