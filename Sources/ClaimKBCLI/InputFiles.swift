import Foundation

/// TEMPORARY: replaced by ClaimKBIngest's InputFiles when the reading branch lands.
struct InputFiles {
    struct Input {
        var path: String
        var name: String
        var load: () throws -> Data
    }
    var inputs: [Input] = []
    var errors: [(path: String, reason: String)] = []

    init(paths: [String]) {
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(Input(path: "stdin", name: "stdin", load: { FileHandle.standardInput.readDataToEndOfFile() }))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append((path, "no such file or directory")); continue
            }
            if isDir.boolValue {
                let files = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { var d: ObjCBool = false; return fm.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
                if files.isEmpty { errors.append((path, "folder has no articles")) }
                for f in files { inputs.append(Input(path: f, name: (f as NSString).lastPathComponent, load: { try Data(contentsOf: URL(fileURLWithPath: f)) })) }
            } else {
                inputs.append(Input(path: path, name: (path as NSString).lastPathComponent, load: { try Data(contentsOf: URL(fileURLWithPath: path)) }))
            }
        }
    }
}
