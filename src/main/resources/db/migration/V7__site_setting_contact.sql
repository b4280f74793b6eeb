-- The center's contact details as the demo pages describe them, replacing the placeholders of V1
-- (only where staff have not changed them yet).
UPDATE site_setting
   SET contact_postal_code = '753-0091',
       contact_address = '山口市中央二丁目1番1号 山口県県民活動交流館2階',
       contact_phone = '083-901-2340',
       contact_fax = '083-901-2341',
       contact_hours = '火曜日～土曜日 9時～21時、日曜日・祝日 9時～17時（月曜日・年末年始は休館）'
 WHERE contact_phone = '083-000-0000';
UPDATE site_setting SET contact_email = 'center@example.jp' WHERE site = 'SUPERNET' AND contact_email = 'info@example.jp';
