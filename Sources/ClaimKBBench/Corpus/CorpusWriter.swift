import Foundation

/// Writes a synthetic corpus as files (`bench-000000.txt`, …) so the real `claimkb ingest`
/// path — folder walk, file reads — can be timed too. One article in memory at a time.
struct CorpusWriter {
    let generator: ArticleGenerator

    /// Writes articles `0..<count` into `folder` (created if needed); returns the bytes written.
    @discardableResult
    func write(count: Int, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let article = generator.article(index)
            let data = Data(article.text.utf8)
            let url = URL(fileURLWithPath: folder).appendingPathComponent(article.fileName)
            try data.write(to: url)
            bytes += data.count
        }
        return bytes
    }
}
