import CanvasKit
import Foundation

/// Facts about the terminal sdw writes to.
enum Terminal {
    /// Whether standard output is a terminal and `NO_COLOR` is not set.
    static var wantsColor: Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// Writes `text` to standard error, each of its lines escaped (``TerminalText``): a file
    /// name or value quoted in a message cannot send the terminal a command.
    static func warn(_ text: String) {
        let lines = (text.hasSuffix("\n") ? String(text.dropLast()) : text).split(separator: "\n", omittingEmptySubsequences: false)
        let safe = lines.map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((safe + "\n").utf8))
    }

    /// Writes `text` to standard output without buffering surprises.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
