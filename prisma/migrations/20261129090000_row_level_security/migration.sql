-- Row-level security: the database itself keeps every organisation's rows to that organisation,
-- below the scoping layer in lib/tenant. See docs/decisions/0007-row-level-security.md.
--
-- The app connects and then runs SET ROLE ledertrivsel_app: a role that owns no table and cannot
-- bypass row-level security. Each transaction says whose rows it works on with
--   set_config('app.organisation_id', '<uuid>', true)
-- or, for the few named cross-organisation jobs (a personal link's token lookup, the reminder
-- scans, retention), set_config('app.system', 'on', true). Without either it sees no tenant row.

-- Roles belong to the whole cluster, not to this database: another database (a test copy, a
-- second deployment) may have created it already, perhaps at this very moment.
DO $$
BEGIN
  CREATE ROLE ledertrivsel_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- A migrating user that is not a superuser (a managed database) must be allowed to SET ROLE to it.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT ledertrivsel_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ledertrivsel_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ledertrivsel_app;
-- The migrations' own bookkeeping is not the app's (and is absent from the drift check's shadow database).
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON TABLE "_prisma_migrations" FROM ledertrivsel_app;
  END IF;
END
$$;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ledertrivsel_app;
-- Tables later migrations create are the app's to read and write as well; a tenant table among
-- them must also get a policy (tests/integration/row-level-security.test.ts fails until it has).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ledertrivsel_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ledertrivsel_app;

-- Each policy below is the same rule. The settings are read in sub-selects so PostgreSQL reads
-- them once per query (an InitPlan), not once per row, and can use the value as an index key.
-- tests/integration/row-level-security.test.ts checks that every tenant table has this one rule.

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Membership"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ManagerScope" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ManagerScope" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ManagerScope"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "LeaderGroup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeaderGroup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "LeaderGroup"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "Leader" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Leader" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Leader"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "Round" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Round" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Round"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "RoundGroup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundGroup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "RoundGroup"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "RoundGroupItemAggregate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundGroupItemAggregate" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "RoundGroupItemAggregate"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "RoundGroupSideAggregate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundGroupSideAggregate" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "RoundGroupSideAggregate"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Invitation"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "InvitationToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InvitationToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "InvitationToken"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ReminderDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReminderDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ReminderDelivery"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "Response" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Response" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Response"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "Answer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Answer" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "Answer"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ResponseComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResponseComment" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ResponseComment"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "DialogueNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DialogueNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "DialogueNote"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ActionItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ActionItem"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ActionReminderDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionReminderDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ActionReminderDelivery"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ApvRecord" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApvRecord" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ApvRecord"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ApvComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApvComment" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ApvComment"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ApvApproval" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApvApproval" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ApvApproval"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "AuditLogEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLogEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "AuditLogEntry"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "SharedBalance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SharedBalance" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "SharedBalance"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON "ApiKey"
  USING ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'))
  WITH CHECK ("organisationId" = (SELECT nullif(current_setting('app.organisation_id', true), '')::uuid) OR (SELECT current_setting('app.system', true) = 'on'));
