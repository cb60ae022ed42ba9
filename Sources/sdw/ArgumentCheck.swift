import CanvasKit

/// Mistakes in the command line that ArgumentParser would take the wrong way, found before it
/// parses: `sdw lint -h.yaml` would print the help and succeed (a CI run that checks nothing),
/// `sdw help frob` would print the main help and succeed, `sdw lnt` would speak of
/// "unexpected arguments", and `--lang ua` would not say which language was meant.
enum ArgumentCheck {
    /// The problem with `arguments` (without the program name), or `nil` when ArgumentParser may read them.
    static func problem(in arguments: [String], commands: [String]) -> String? {
        if let first = arguments.first, !first.hasPrefix("-") {
            let named = first == "help" ? arguments.dropFirst().first : first
            if let named, !named.hasPrefix("-"), !commands.contains(named) {
                let hint = Suggestion.nearest(to: named, in: commands).map { "; did you mean '\($0)'?" } ?? ""
                return "'\(named)' is not an sdw command\(hint) (sdw --help lists them)"
            }
        }
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.count > 2 {
                return "'\(argument)' is not an option; write a file whose name starts with '-' as ./\(argument)"
            }
            if argument == "--lang" || argument.hasPrefix("--lang=") {
                let value = argument == "--lang" ? (index + 1 < arguments.count ? arguments[index + 1] : nil)
                    : String(argument.dropFirst("--lang=".count))
                if let value, Language(rawValue: value) == nil {
                    let names = Language.allowedValues
                    let hint = Suggestion.nearest(to: value, in: names).map { "; did you mean '\($0)'?" } ?? ""
                    return "'\(value)' is not a language for --lang: use \(names.joined(separator: ", "))\(hint)"
                }
            }
            index += 1
        }
        return nil
    }
}
