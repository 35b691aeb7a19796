-- Core schema, version 4: an index that covers every column the suggestion statistics read (the filters, the
-- grouping columns and the counted ones), so that the aggregate reads the index alone: on Derby without it, the
-- region roll-up (REGION_PATH LIKE '/city/%') walks LX_SUGGESTION_LEDGER_IX and fetches every base row at random.
CREATE INDEX LX_SUGGESTION_STATS_IX ON LX_SUGGESTION (REGION_PATH, STATE, CREATED_AT, REGION_ID, LEAD_UNIT_ID,
  CATEGORY, RESULT_CLASS, SOLVED, RATING, DEADLINE, REPLIED_AT, LEDGER_NO);
