import Crypto
import Foundation

/// SHA-256 of a text's UTF-8 bytes, as lowercase hex: the identity of an article's content.
public enum ContentHash {
    public static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
