-- Who votes in a round: DEPUTIES (the deputies present at the session; every round before this script) or COUNCIL
-- (the voter representatives of a voter deliberation council, 选民议政会, of a street; COUNCIL_ID is the council's id
-- in the council practice's tables, a plain column like every id of another component).
-- In a COUNCIL round the DEPUTY_ID columns of LX_LIVELIHOOD_ELECTOR, LX_LIVELIHOOD_VOTER and LX_LIVELIHOOD_SATISFACTION
-- hold representative ids, and LX_LIVELIHOOD_VOTER.DUTY_RECORD_ID stays empty (representatives are not deputies and
-- have no duty register). The columns keep their names so that nothing already stored moves.
-- Both statements are accepted by Derby 10.14+ and PostgreSQL: the default fills the rows already there.
ALTER TABLE LX_LIVELIHOOD_ROUND ADD COLUMN ELECTORATE_BODY VARCHAR(20) DEFAULT 'DEPUTIES' NOT NULL;
ALTER TABLE LX_LIVELIHOOD_ROUND ADD COLUMN COUNCIL_ID BIGINT;
CREATE INDEX LX_LIVELIHOOD_ROUND_COUNCIL_IX ON LX_LIVELIHOOD_ROUND (COUNCIL_ID, VOTE_YEAR);
