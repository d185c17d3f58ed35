// Daily FX reference rates: one node per day and asset ("2024-01-02:EUR"), the rate an exact decimal string.
CREATE CONSTRAINT fx_rate_key IF NOT EXISTS FOR (n:FxRate) REQUIRE n.key IS UNIQUE;
