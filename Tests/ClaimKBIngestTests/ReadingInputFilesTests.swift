import Foundation
import Testing
@testable import ClaimKBIngest

/// Paths on a command line → inputs: files, folders walked in sorted order, `-` for stdin.
@Suite struct ReadingInputFilesTests {
    /// A fresh folder: `b.txt`, `a.md`, `.hidden.txt`, `photo.JPG`, `sub/c.html`, `.git/x.txt`, `empty/`, `images/p.png`,
    /// and a database with its companions (`kb.sqlite`, `kb.sqlite-wal`, `kb.sqlite-shm`, `old.db-journal`).
    func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimkb-input-\(UUID().uuidString)").path
        let fm = FileManager.default
        for folder in ["sub", ".git", "empty", "images"] {
            try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["b.txt", "a.md", ".hidden.txt", "photo.JPG", "sub/c.html", ".git/x.txt", "images/p.png",
                     "kb.sqlite", "kb.sqlite-wal", "kb.sqlite-shm", "old.db-journal"] {
            try Data("Title\n\nBody.".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        return root
    }

    @Test func aFolderIsWalkedInSortedOrderSkippingHiddenFilesImagesAndDatabases() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = InputFiles(paths: [root + "/"])
        let (inputs, failures) = (files.inputs, files.errors)
        #expect(inputs.map(\.path) == [root + "/a.md", root + "/b.txt", root + "/sub/c.html"])
        #expect(inputs.map(\.name) == ["a.md", "b.txt", "c.html"])
        #expect(failures.isEmpty)
        #expect(try inputs[0].load() == Data("Title\n\nBody.".utf8))
    }

    @Test func missingPathsAndFoldersWithoutArticlesAreReportedAndTheRestKept() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = InputFiles(paths: [root + "/missing.txt", root + "/images", root + "/b.txt", "-"])
        let (inputs, failures) = (files.inputs, files.errors)
        #expect(inputs.map(\.path) == [root + "/b.txt", "stdin"])
        #expect(inputs.last?.name == "stdin")
        #expect(inputs.last?.source == .standardInput)
        #expect(failures.map(\.description) == [
            root + "/missing.txt: no such file or directory", root + "/images: folder has no articles",
        ])
    }

    @Test func aFileNamedExplicitlyIsReadWhateverItsExtension() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(InputFiles(paths: [root + "/photo.JPG"]).inputs.map(\.name) == ["photo.JPG"])
    }

    @Test func loadingRefusesAFileOverTheLimitBeforeReadingIt() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = InputFiles(paths: [root + "/b.txt"]).inputs[0]
        #expect(throws: ReadError("larger than the limit of 4 bytes (use --max-bytes)")) { try input.load(maxBytes: 4) }
        #expect(try input.load(maxBytes: 12) == Data("Title\n\nBody.".utf8))
        #expect(try input.load().count == 12)
    }

    @Test func stdinArticlesAreNamedStdin() throws {
        let (articles, _) = try ArticleReader().read(Data("Title\n\nBody with 1 figure.".utf8), name: "stdin")
        #expect(articles[0].name == "stdin")
    }
}
