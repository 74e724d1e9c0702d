-- What the system writes on an order's timeline, its hold, a print run's selection and held lines, and the
-- audit log's details is kept as a
-- message of the ui/messages bundle with its arguments (JSON: {"key": ..., "arguments": [...]}),
-- so that each staff member reads it in their language. The text columns keep the English wording
-- (for exports, search and older readers); a row written by a person, or before this migration,
-- has no message and is shown as written.
ALTER TABLE order_timeline ADD COLUMN reason_message VARCHAR(4000);
ALTER TABLE customer_order ADD COLUMN hold_reason_message VARCHAR(4000);
ALTER TABLE print_run_item ADD COLUMN reason_message VARCHAR(4000);
ALTER TABLE print_run ADD COLUMN selection_message VARCHAR(4000);
ALTER TABLE audit_event ADD COLUMN detail_message VARCHAR(4000);
