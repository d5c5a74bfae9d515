@testable import ClaimKBQuery
import Testing

@Suite("lists stored as text")
struct SplitListTests {
    @Test("parts come back as written, empty ones included, whatever the letters")
    func splitsOnTheWholeSeparator() {
        #expect(splitList("casualties,money,troops", separator: ",") == ["casualties", "money", "troops"])
        #expect(splitList("Kyiv | Київ | K|yiv", separator: " | ") == ["Kyiv", "Київ", "K|yiv"])
        #expect(splitList("a,,b,", separator: ",") == ["a", "", "b", ""])
        #expect(splitList("Zelenskyy", separator: ", ") == ["Zelenskyy"])
        #expect(splitList("", separator: ",") == [])
        #expect(splitList(nil, separator: ",") == [])
    }
}
