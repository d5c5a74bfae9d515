import Foundation

/// Resident memory of this process, from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, or nil where /proc is missing.
    static func peakResident() -> Int? { status("VmHWM:") }

    /// Current resident set size (`VmRSS`) in bytes.
    static func resident() -> Int? { status("VmRSS:") }

    /// Resets the peak to the current size (writes 5 to `/proc/self/clear_refs`), so each phase
    /// reports its own peak. Returns false where the kernel does not allow it; the peak is then
    /// the process's lifetime peak.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func status(_ key: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, let kb = Int(fields[1]) { return kb * 1024 }
        }
        return nil
    }
}
