// Canned queries.
