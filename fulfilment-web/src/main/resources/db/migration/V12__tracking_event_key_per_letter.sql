-- A carrier's event id is unique only within one tracking number: the key of an event with an id
-- becomes 'id:' || tracking number || ':' || the whole id (ids up to 200 characters; a longer id
-- is kept as 'idh:' || number || ':' || its first 100 characters || ':' || its SHA-256), so that
-- the same id on another letter is another event. Keys were 'id:' || the id cut to 190
-- characters: stored rows take the new form (an id that was cut stays cut).
ALTER TABLE tracking_event ALTER COLUMN event_key SET DATA TYPE VARCHAR(300);

UPDATE tracking_event SET event_key = 'id:' || tracking_number || ':' || SUBSTRING(event_key FROM 4)
 WHERE event_key LIKE 'id:%' AND tracking_number IS NOT NULL;
