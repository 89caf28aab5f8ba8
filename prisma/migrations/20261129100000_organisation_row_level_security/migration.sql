-- The organisation row itself (name, slug, settings) is visible only to its own organisation's
-- transactions, or to a system transaction: the same rule as every tenant table
-- (20261129090000_row_level_security), keyed by the organisation's own id. Looking an
-- organisation up by the slug in a URL is a system read (lib/auth/require-org-member.ts).
ALTER TABLE "Organisation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organisation" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Organisation"
  USING ("id" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("id" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
