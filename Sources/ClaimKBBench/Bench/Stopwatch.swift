/// Accumulates elapsed time over many short intervals (one per article and stage).
struct Stopwatch {
    private(set) var seconds: Double = 0

    /// Runs `body`, adds its duration, returns its result.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { seconds += (ContinuousClock.now - start).seconds }
        return try body()
    }

    /// The duration of one run of `body`, in seconds.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        return (ContinuousClock.now - start).seconds
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}
