-- Sessions are refresh-token families; the client's User-Agent at sign-in travels along the
-- family so the account page can tell sessions apart.
ALTER TABLE refresh_tokens ADD COLUMN user_agent TEXT;
