import Foundation

/// Reads a JSON array of strings as the shell shows it.
enum JSONDecoderList {
    static func decode(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
