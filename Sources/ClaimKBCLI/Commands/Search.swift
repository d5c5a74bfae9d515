import ArgumentParser

extension ClaimKB {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "(in progress)")
        func run() throws { throw CLIError("not yet available") }
    }
}
