-- Fixed-window counters of the public forms' abuse limits (core.abuse.RateLimits). The key is an
-- HMAC (FieldCrypto.lookupHash) of the IP address or target, never the plain value. Rows of ended
-- windows are deleted hourly by the db-scheduler task "rate-limit-cleanup".
CREATE TABLE rate_limit (
  bucket VARCHAR(60) NOT NULL,
  limit_key VARCHAR(64) NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  hits INT NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (bucket, limit_key, window_start)
);
CREATE INDEX rate_limit_expires_ix ON rate_limit (expires_at);
