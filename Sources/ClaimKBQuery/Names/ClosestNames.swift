/// Picks, among known names, the few a mistyped name most likely meant.
///
///     ClosestNames.pick("zelensy", among: [("zelensky", "Volodymyr Zelensky"), ("nis", "NIS")])
///     // ["Volodymyr Zelensky"]
///
/// A known name that starts with the typed one (or the reverse) comes first; then names within
/// a small edit distance (a third of the typed length, at least 2), nearest first.
enum ClosestNames {
    static func pick(_ typed: String, among candidates: [(key: String, name: String)], limit: Int = 3) -> [String] {
        let query = Array(typed.unicodeScalars)
        guard !query.isEmpty else { return [] }
        let budget = max(2, query.count / 3)
        var best: [String: Int] = [:]
        for (key, name) in candidates where !key.isEmpty {
            let score: Int
            if key.hasPrefix(typed) || typed.hasPrefix(key) && key.count >= 3 {
                score = 0
            } else {
                let d = distance(query, Array(key.unicodeScalars), limit: budget)
                guard d <= budget else { continue }
                score = d
            }
            best[name] = min(best[name] ?? .max, score)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
