-- The language each staff member chose for the staff pages (en or zh-Hans); null: the browser's.
ALTER TABLE staff_account ADD COLUMN ui_language VARCHAR(10);
