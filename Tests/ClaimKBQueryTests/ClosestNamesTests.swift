@testable import ClaimKBQuery
import Testing

@Suite("closest names")
struct ClosestNamesTests {
    static let known: [(key: String, name: String)] = [
        ("zelensky", "Volodymyr Zelensky"), ("zelenskyy", "Volodymyr Zelensky"), ("nis", "National Intelligence Service"),
        ("national intelligence service", "National Intelligence Service"), ("budanov", "Kyrylo Budanov"),
    ]

    @Test("a typo or a prefix finds the entity, each canonical name once, nearest first")
    func findsNearest() {
        #expect(ClosestNames.pick("zelensk", among: Self.known) == ["Volodymyr Zelensky"])
        #expect(ClosestNames.pick("budanv", among: Self.known) == ["Kyrylo Budanov"])
        #expect(ClosestNames.pick("national intel", among: Self.known) == ["National Intelligence Service"])
    }

    @Test("nothing close, empty input or no candidates give no suggestion")
    func degenerate() {
        #expect(ClosestNames.pick("putin", among: Self.known).isEmpty)
        #expect(ClosestNames.pick("", among: Self.known).isEmpty)
        #expect(ClosestNames.pick("nis", among: []).isEmpty)
    }

    @Test("edit distance gives up past its limit")
    func distance() {
        let a = Array("kitten".unicodeScalars), b = Array("sitting".unicodeScalars)
        #expect(ClosestNames.distance(a, b, limit: 5) == 3)
        #expect(ClosestNames.distance(a, b, limit: 2) == 3)  // limit + 1
        #expect(ClosestNames.distance([], b, limit: 9) == 7)
    }
}
