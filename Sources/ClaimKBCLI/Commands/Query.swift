import ArgumentParser

extension ClaimKB {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer the common questions: troop estimates, claims, entities, sources, timeline, disagreements.",
            discussion: """
                Each answer is also a view in the database, so the sqlite3 shell gives the same rows \
                (`select * from troop_estimates;`). Names resolve through aliases and case: "nis", \
                "NIS" and "National Intelligence Service" are the same. An empty answer says so on \
                stderr and exits 0.

                Example:
                  claimkb query troop-estimates --evidence
                  claimkb query claims --by Zelenskyy --format json
                """,
            subcommands: [
                TroopEstimates.self, Estimates.self, Claims.self, Entities.self, Sources.self,
                Timeline.self, Disagreements.self, Article.self,
            ])
    }
}
