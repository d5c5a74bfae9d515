import Crypto
import Foundation

/// SHA-256 of a text's UTF-8 bytes, as lowercase hex: the identity of an article's content.
public enum ContentHash {
    public static func sha256Hex(_ text: String) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    // String(format:) per byte was a third of the cost of hashing an article.
    private static let digits = Array("0123456789abcdef".utf8)
}
