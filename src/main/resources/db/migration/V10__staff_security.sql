-- Second factor of the staff login: the one pending login code of each staff member.
-- Only an HMAC of the code is stored; a code is deleted when used, replaced or expired.
-- (Spring Security's JdbcOneTimeTokenService schema uses H2-only types and keeps the token in
-- clear, so the project keeps its own portable table.)
CREATE TABLE staff_login_code (
  username VARCHAR(100) PRIMARY KEY,
  code_hash VARCHAR(64) NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_login_code_expiry_ix ON staff_login_code (expires_at);
