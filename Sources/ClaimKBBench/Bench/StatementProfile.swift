import GRDB

/// Where the store's time goes, statement by statement (`BENCH_PROFILE_SQL=1`): SQLite's own
/// profile of every statement the writer runs (`sqlite3_trace_v2`, SQLITE_TRACE_PROFILE),
/// summed by SQL text. Triggers and the full-text index count in the statement that fired them.
final class StatementProfile: @unchecked Sendable {
    private var totals: [String: (runs: Int, seconds: Double)] = [:]

    /// Starts profiling every statement of the writer's connection.
    func install(on writer: some DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            db.trace(options: .profile) { [self] event in
                guard case let .profile(statement, duration) = event else { return }
                totals[statement.sql, default: (0, 0)].runs += 1
                totals[statement.sql, default: (0, 0)].seconds += duration
            }
        }
    }

    /// The costliest statements, one line each: total seconds, share, runs, the SQL on one line.
    func report(top: Int = 15) -> [String] {
        let all = totals.values.reduce(0) { $0 + $1.seconds }
        let runs = totals.values.reduce(0) { $0 + $1.runs }
        return [String(format: "%8.2f s in %d statements", all, runs)] + totals.sorted { $0.value.seconds > $1.value.seconds }.prefix(top).map { sql, total in
            let oneLine = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let share = all > 0 ? 100 * total.seconds / all : 0
            return String(format: "%8.2f s %5.1f %% %9d × ", total.seconds, share, total.runs) + String(oneLine.prefix(150))
        }
    }
}
