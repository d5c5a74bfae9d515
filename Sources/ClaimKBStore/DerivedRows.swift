import GRDB

/// The rows computed from stored articles so that questions do not recompute them: the
/// full-text index, estimate groups (claims.estimate_id), claim counts per source and mention
/// counts per entity (Migrations/0005). They are added once per batch, after its savepoints,
/// with one statement each over the batch's articles, and taken back when an article is deleted.
enum DerivedRows {
    /// Adds the articles to the full-text index and to the precomputed rows. FTS5 flushes its
    /// pending terms at the end of every statement that writes to it (and at every savepoint),
    /// hence one statement for the whole batch.
    static func add(articleIds: [Int64], in db: Database) throws {
        guard !articleIds.isEmpty else { return }
        let ids = jsonArray(articleIds)
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts(rowid, title, text)
            SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))
            """).execute(arguments: [ids])
        try summarize(articleIds: ids, in: db)
    }

    /// Counts the articles' claims and mentions, and files their figures under estimates.
    /// Also fills the rows of articles stored before migration 0005.
    static func summarize(articleIds ids: String, in db: Database) throws {
        try fileEstimates(articleIds: ids, in: db)
        try db.cachedStatement(sql: """
            INSERT INTO source_kinds(source_id, kind, claims)
            SELECT coalesce(claimant_id, 0), kind, count(*) FROM claims
            WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2
            ON CONFLICT (source_id, kind) DO UPDATE SET claims = claims + excluded.claims
            """).execute(arguments: [ids])
        try db.cachedStatement(sql: """
            INSERT INTO source_totals(source_id, claims, articles, kinds)
            SELECT coalesce(claimant_id, 0), count(*), count(DISTINCT article_id), '' FROM claims
            WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY 1
            ON CONFLICT (source_id) DO UPDATE SET claims = claims + excluded.claims,
                                                  articles = articles + excluded.articles
            """).execute(arguments: [ids])
        try listKinds(sourcesOf: ids, in: db)
        try db.cachedStatement(sql: """
            UPDATE entities SET mention_count = mention_count + m.mentions, article_count = article_count + m.articles
            FROM (SELECT entity_id, sum(json_array_length(spans)) AS mentions, count(*) AS articles FROM mentions
                  WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id) m
            WHERE entities.id = m.entity_id
            """).execute(arguments: [ids])
    }

    /// Writes out the kinds of claim of the articles' claimants, for the sources view to read
    /// without grouping.
    private static func listKinds(sourcesOf ids: String, in db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE source_totals SET kinds = coalesce((SELECT group_concat(kind) FROM (
                SELECT kind FROM source_kinds k WHERE k.source_id = source_totals.source_id ORDER BY kind)), '')
            WHERE source_id IN (SELECT DISTINCT coalesce(claimant_id, 0) FROM claims
                                WHERE article_id IN (SELECT value FROM json_each(?)))
            """).execute(arguments: [ids])
    }

    /// Files the articles' figure claims that belong to no estimate yet: a claim whose estimate
    /// key (kind, source, figure, unit, modality, polarity) has a group joins it, and the group
    /// takes in its reports; the others are grouped among themselves into new groups. A group's
    /// fields follow its earliest report.
    private static func fileEstimates(articleIds ids: String, in db: Database) throws {
        let joined = try Int64.fetchAll(db.cachedStatement(sql: attach + " RETURNING claims.id"), arguments: [ids])
        if !joined.isEmpty {
            try db.cachedStatement(sql: """
                WITH members AS MATERIALIZED (\(members) WHERE d.claim_id IN (SELECT value FROM json_each(?))),
                grouped AS (
                    SELECT estimate_id, min(report_order) AS first_order, count(DISTINCT article_id) AS article_count,
                           min(claim_date) AS claim_date, max(vague) AS vague
                    FROM members GROUP BY estimate_id
                )
                UPDATE estimate_groups SET
                    article_count  = estimate_groups.article_count + g.article_count,
                    claim_date     = coalesce(min(estimate_groups.claim_date, g.claim_date), estimate_groups.claim_date,
                                              g.claim_date),
                    vague          = max(estimate_groups.vague, g.vague),
                    first_claim_id = iif(\(earlier), m.claim_id, first_claim_id),
                    place_id       = iif(\(earlier), m.place_id, estimate_groups.place_id),
                    range_low      = iif(\(earlier), m.range_low, estimate_groups.range_low),
                    range_high     = iif(\(earlier), m.range_high, estimate_groups.range_high)
                FROM grouped g JOIN members m ON m.report_order = g.first_order
                WHERE estimate_groups.id = g.estimate_id
                """).execute(arguments: [jsonArray(joined)])
        }
        try db.cachedStatement(sql: """
            WITH members AS MATERIALIZED (
                \(members)
                WHERE d.article_id IN (SELECT value FROM json_each(?)) AND d.low IS NOT NULL AND \(unfiled("d"))
            ),
            grouped AS (
                SELECT source_key, kind, low, high, unit, planned, polarity_id, min(report_order) AS first_order,
                       count(DISTINCT article_id) AS article_count, min(claim_date) AS claim_date, max(vague) AS vague
                FROM members GROUP BY source_key, kind, low, high, unit, planned, polarity_id
            )
            INSERT INTO estimate_groups(kind, source_key, low, high, unit, planned, polarity_id, source, first_claim_id,
                                        claim_date, article_count, vague, place_id, range_low, range_high)
            SELECT g.kind, g.source_key, g.low, g.high, g.unit, g.planned, g.polarity_id, m.source, m.claim_id,
                   g.claim_date, g.article_count, g.vague, m.place_id, m.range_low, m.range_high
            FROM grouped g JOIN members m ON m.report_order = g.first_order
            """).execute(arguments: [ids])
        try db.cachedStatement(sql: attach).execute(arguments: [ids])
    }

    /// Points the articles' unfiled figure claims to the groups of their estimate keys.
    private static let attach = """
        UPDATE claims SET estimate_id = g.id FROM estimate_groups g
        WHERE claims.article_id IN (SELECT value FROM json_each(?)) AND claims.low IS NOT NULL
          AND \(unfiled("claims"))
          AND g.source_key = coalesce(claims.claimant_id, -claims.article_id) AND g.low = claims.low
          AND g.kind = claims.kind AND g.high = claims.high AND g.unit = coalesce(claims.unit, '')
          AND g.planned = claims.planned AND g.polarity_id = claims.polarity_id
        """

    /// The claim has no estimate yet: new in this batch, or its estimate was deleted.
    private static func unfiled(_ claims: String) -> String {
        "(\(claims).estimate_id IS NULL OR \(claims).estimate_id = \(ClaimDatabase.unfiledEstimate))"
    }

    /// Figure claims as members of an estimate: its key, and what a group takes from its reports.
    /// Reads `claim_details d`; a WHERE clause follows.
    private static let members = """
        SELECT d.claim_id, d.estimate_id, d.kind, coalesce(d.claimant_id, -d.article_id) AS source_key, d.low, d.high,
               coalesce(d.unit, '') AS unit, c.planned, c.polarity_id, d.claimant AS source, d.article_id,
               d.claim_date, coalesce(d.qualifier = 'vague', 0) AS vague, d.place_id, d.report_order,
               CASE d.qualifier WHEN 'approximately' THEN d.low * 0.9 WHEN 'nearly' THEN d.low * 0.9
                                ELSE d.low END AS range_low,
               CASE d.qualifier WHEN 'approximately' THEN d.high * 1.1 WHEN 'at_least' THEN 9e999
                                ELSE d.high END AS range_high
        FROM claim_details d JOIN claims c ON c.id = d.claim_id
        """

    /// In an update of `estimate_groups` from a member `m`: it is earlier than the group's first
    /// report. (The sort key is not stored: it is long, and a group rarely gains an earlier report.)
    private static let earlier = """
        m.report_order < (SELECT report_order FROM claim_details WHERE claim_id = estimate_groups.first_claim_id)
        """

    /// Deletes an article with everything extracted from it, and takes it out of the counts and
    /// estimates (groups it shared with other articles are filed again from their other reports).
    static func deleteArticle(_ id: Int64, in db: Database) throws {
        let groups = jsonArray(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT estimate_id FROM claims WHERE article_id = ? AND estimate_id IS NOT NULL
            """, arguments: [id]))
        let sharing = jsonArray(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT article_id FROM claims
            WHERE estimate_id IN (SELECT value FROM json_each(?)) AND article_id <> ?
            """, arguments: [groups, id]))
        try db.execute(sql: """
            UPDATE source_kinds SET claims = source_kinds.claims - d.count
            FROM (SELECT coalesce(claimant_id, 0) AS source_id, kind, count(*) AS count FROM claims
                  WHERE article_id = :id GROUP BY 1, 2) d
            WHERE source_kinds.source_id = d.source_id AND source_kinds.kind = d.kind;
            DELETE FROM source_kinds WHERE claims <= 0;
            UPDATE source_totals SET claims = source_totals.claims - d.count, articles = articles - 1
            FROM (SELECT coalesce(claimant_id, 0) AS source_id, count(*) AS count FROM claims
                  WHERE article_id = :id GROUP BY 1) d
            WHERE source_totals.source_id = d.source_id;
            DELETE FROM source_totals WHERE articles <= 0;
            UPDATE entities SET mention_count = mention_count - m.mentions, article_count = article_count - 1
            FROM (SELECT entity_id, json_array_length(spans) AS mentions FROM mentions WHERE article_id = :id) m
            WHERE entities.id = m.entity_id;
            """, arguments: ["id": id])
        try listKinds(sourcesOf: jsonArray([id]), in: db)
        try db.execute(sql: """
            DELETE FROM articles WHERE id = :id;
            DELETE FROM estimate_groups WHERE id IN (SELECT value FROM json_each(:groups));
            """, arguments: ["id": id, "groups": groups])
        try fileEstimates(articleIds: sharing, in: db)
    }

    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
