-- Issue 19: the personal-link lookup behind every autosave and submit, in one round trip.
--
-- The lookup is the one read that has no organisation before it starts (decision 0007): it
-- needs app.system = 'on'. As a transaction that is four round trips (BEGIN, set_config, the
-- query, COMMIT). Setting it inside the query itself would be one, but PostgreSQL does not
-- define the order in which a statement's parts are evaluated, so row-level security could read
-- the setting before it is set. The statements of a function body run in order: this function
-- sets the flag, reads exactly what hangs off one token hash (the joins follow the composite
-- keys, so they cannot leave the token's organisation), and puts the flag back as it was, so a
-- call inside another transaction leaves that transaction's context unchanged. It runs as its
-- caller (SECURITY INVOKER), under the same policies. See decision 0017.
CREATE FUNCTION personal_link_for_answers(token_hash text)
RETURNS TABLE (organisation_id uuid, round_id uuid, invitation_id uuid, group_id uuid, round_status "RoundStatus", closes_at timestamp, questionnaire_version text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
DECLARE
  previous text := current_setting('app.system', true);
BEGIN
  PERFORM set_config('app.system', 'on', true);
  RETURN QUERY
    SELECT i."organisationId", i."roundId", i."id", i."groupId", r."status", r."closesAt", r."questionnaireVersion"
    FROM "InvitationToken" t
    JOIN "Invitation" i ON i."organisationId" = t."organisationId" AND i."id" = t."invitationId"
    JOIN "Round" r ON r."organisationId" = i."organisationId" AND r."id" = i."roundId"
    WHERE t."tokenHash" = token_hash;
  PERFORM set_config('app.system', coalesce(previous, ''), true);
END
$$;
