import Foundation

/// One input to read: a file, or standard input.
public struct InputFile: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case file(String)
        case standardInput
    }

    /// The path to show in messages: as given, or the folder as given joined with the path inside it
    /// (`seeds/000.txt`); `stdin` for standard input.
    public var path: String
    /// The name to hand to ``ArticleReader/read(_:name:)``: the file name, or `stdin`.
    public var name: String
    public var source: Source

    public init(path: String, name: String, source: Source) {
        self.path = path
        self.name = name
        self.source = source
    }

    /// The bytes. With `maxBytes`, an input larger than that is refused after reading at most one byte
    /// more (with the reader's message for it), so a huge file is never loaded whole.
    public func load(maxBytes: Int? = nil) throws -> Data {
        let handle: FileHandle
        switch source {
        case .file(let path):
            do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
                throw ReadError(FileManager.default.fileExists(atPath: path)
                    ? "cannot read file" : "no such file or directory")
            }
        case .standardInput:
            handle = FileHandle.standardInput
        }
        defer { if case .file = source { try? handle.close() } }
        guard let maxBytes, maxBytes < Int.max else { return try handle.readToEnd() ?? Data() }
        let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        if data.count > maxBytes { throw ReadError("larger than the limit of \(maxBytes) bytes (use --max-bytes)") }
        return data
    }
}

/// The inputs named on a command line: files, folders (walked recursively, in sorted order, skipping
/// hidden entries and files that are plainly not articles, such as images and archives) and `-` for
/// standard input. A path that gives nothing is reported, not fatal: `no such file or directory`,
/// `folder has no articles`.
public struct InputFiles: Sendable {
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// One line, without the path.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// What to read, in order: paths in the order given, each folder's files sorted.
    public var inputs: [InputFile] = []
    /// Paths that gave nothing to read, in the order given.
    public var errors: [Failure] = []

    /// Extensions of files a folder walk leaves out: images, audio, video, archives, documents
    /// and binaries that are never article text.
    public static let skippedExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "heic", "avif",
        "mp3", "wav", "ogg", "flac", "m4a", "mp4", "mov", "avi", "mkv", "webm",
        "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
        "exe", "dll", "so", "dylib", "o", "a", "bin", "class", "pyc", "wasm",
        "sqlite", "sqlite3", "db", "woff", "woff2", "ttf", "otf", "eot", "css", "js", "map",
    ]

    public init(paths: [String]) {
        var inputs: [InputFile] = []
        var failures: [Failure] = []
        defer {
            self.inputs = inputs
            self.errors = failures
        }
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputFile(path: "stdin", name: "stdin", source: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(Failure(path: path, reason: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputFile(path: path, name: Self.baseName(path), source: .file(path)))
                continue
            }
            let found = Self.walk(path, fileManager: fileManager)
            if found.isEmpty {
                failures.append(Failure(path: path, reason: "folder has no articles"))
            }
            inputs += found
        }
    }

    /// Depth-first, each folder's entries sorted by name (byte order), without recursion and
    /// without visiting a folder twice through symbolic links.
    static func walk(_ root: String, fileManager: FileManager) -> [InputFile] {
        var found: [InputFile] = []
        var visited: Set<String> = []
        var stack: [String] = [root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root]
        while let folder = stack.popLast() {
            let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visited.insert(resolved).inserted,
                  let entries = try? fileManager.contentsOfDirectory(atPath: folder)
            else { continue }
            var subfolders: [String] = []
            for entry in entries.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                if entry.hasPrefix(".") { continue }
                let path = folder == "/" ? "/" + entry : folder + "/" + entry
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    subfolders.append(path)
                } else if !isSkipped(entry) {
                    found.append(InputFile(path: path, name: entry, source: .file(path)))
                }
            }
            // Files of a folder come before its subfolders; subfolders in sorted order.
            stack += subfolders.reversed()
        }
        return found
    }

    /// A backup (`a.txt~`), or a file of a skipped kind, or one of the files SQLite keeps beside
    /// a database (`kb.sqlite-wal`, `-shm`, `-journal`: a database kept in the folder it ingests).
    static func isSkipped(_ entry: String) -> Bool {
        var ext = InputFormat.fileExtension(of: entry)
        for companion in ["-wal", "-shm", "-journal"] where ext.hasSuffix(companion) {
            ext.removeLast(companion.count)
        }
        return entry.hasSuffix("~") || skippedExtensions.contains(ext)
    }

    private static func baseName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }
}
