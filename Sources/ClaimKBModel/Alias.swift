/// The form names are matched in: lowercase, possessive and punctuation dropped, spaces collapsed.
/// "South Korea's NIS" → "south korea nis"; "U.S." → "us".
public enum AliasNormalizer {
    public static func normalize(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var scalars = Array(name.lowercased().unicodeScalars)
        // Drop possessive endings: "korea's" → "korea", "allies'" → "allies".
        var i = 0
        var kept: [Unicode.Scalar] = []
        while i < scalars.count {
            let c = scalars[i]
            if (c == "'" || c == "\u{2019}"), i + 1 < scalars.count, scalars[i + 1] == "s",
               i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic {
                i += 2
                continue
            }
            kept.append(c)
            i += 1
        }
        scalars = kept
        for c in scalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c)
            } else if c == "." || c == "'" || c == "\u{2019}" {
                continue  // "U.S." → "us"
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }
}
