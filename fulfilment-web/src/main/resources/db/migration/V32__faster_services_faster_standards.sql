-- Faster services have faster standards. V1 seeded every service of a destination with the letter
-- post's days, so no faster service could ever be worth its postage; tracked letters travel as
-- priority items (about 60 % of the letter post's days), registered ones one day slower than
-- tracked (signed for at the exchange office), never slower than the letter post.
-- Only rows still as seeded are changed: an admin's figure stays, and a learned one keeps
-- overriding the set figure as before.

UPDATE delivery_standard SET transit_days = 2 WHERE destination = 'US' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 4;
UPDATE delivery_standard SET transit_days = 3 WHERE destination = 'US' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 4;
UPDATE delivery_standard SET transit_days = 4 WHERE destination = 'CA' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 7;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'CA' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 7;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'MX' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'MX' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'GB' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 8;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'GB' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 8;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'IE' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'IE' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'FR' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'FR' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'DE' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'DE' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'NL' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'NL' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'ES' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'ES' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'IT' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'IT' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'SE' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'SE' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'CH' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'CH' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'CN' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 14;
UPDATE delivery_standard SET transit_days = 9 WHERE destination = 'CN' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 14;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'TW' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'TW' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'HK' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'HK' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'MO' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'MO' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'JP' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 8;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'JP' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 8;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'KR' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'KR' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 5 WHERE destination = 'SG' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'SG' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 9;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'MY' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'MY' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'TH' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'TH' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 10 WHERE destination = 'VN' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 16;
UPDATE delivery_standard SET transit_days = 11 WHERE destination = 'VN' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 16;
UPDATE delivery_standard SET transit_days = 11 WHERE destination = 'PH' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 18;
UPDATE delivery_standard SET transit_days = 12 WHERE destination = 'PH' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 18;
UPDATE delivery_standard SET transit_days = 11 WHERE destination = 'ID' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 18;
UPDATE delivery_standard SET transit_days = 12 WHERE destination = 'ID' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 18;
UPDATE delivery_standard SET transit_days = 10 WHERE destination = 'IN' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 16;
UPDATE delivery_standard SET transit_days = 11 WHERE destination = 'IN' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 16;
UPDATE delivery_standard SET transit_days = 6 WHERE destination = 'AU' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'AU' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 10;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'NZ' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'NZ' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 12 WHERE destination = 'BR' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 20;
UPDATE delivery_standard SET transit_days = 13 WHERE destination = 'BR' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 20;
UPDATE delivery_standard SET transit_days = 7 WHERE destination = 'AE' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = 'AE' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 12;
UPDATE delivery_standard SET transit_days = 13 WHERE destination = 'ZA' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 21;
UPDATE delivery_standard SET transit_days = 14 WHERE destination = 'ZA' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 21;
UPDATE delivery_standard SET transit_days = 8 WHERE destination = '*' AND service = 'TRACKED_LETTER' AND source = 'SEEDED' AND transit_days = 14;
UPDATE delivery_standard SET transit_days = 9 WHERE destination = '*' AND service = 'REGISTERED_LETTER' AND source = 'SEEDED' AND transit_days = 14;

-- When the warehouse sends a letter by a faster service than ordered (the print queue's proposal, confirmed), the
-- order keeps the service the customer ordered here: their renewals (the line, the renewal form, a standing order)
-- go by it. NULL: the letter goes as ordered.
ALTER TABLE customer_order ADD COLUMN ordered_postal_service VARCHAR(30);
