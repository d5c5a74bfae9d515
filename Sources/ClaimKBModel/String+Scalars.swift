extension String {
    /// The text of a span counted in Unicode scalars (the unit of every stored span).
    public func scalarSlice(_ span: Span) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lo = max(0, min(span.start, count)), hi = max(lo, min(span.end, count))
        let a = scalars.index(scalars.startIndex, offsetBy: lo)
        let b = scalars.index(a, offsetBy: hi - lo)
        return String(scalars[a..<b])
    }
}
