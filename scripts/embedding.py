"""One way to embed text files in Swift: a generated `enum NAME { static let all: [String: String] }`.

Used by scripts/embed-templates.py and scripts/embed-server-assets.py.
"""
import pathlib
import sys

DELIMITER = "####"


def write(target: pathlib.Path, root: pathlib.Path, header: list[str], enum: str, doc: str,
          entries: list[tuple[str, pathlib.Path]], summary: str = "") -> int:
    """Writes `target`: `header` lines, then `enum` holding each (key, file) text as a raw string.

    Returns 2 (with a message) when a file holds the raw-string delimiter or a carriage return.
    """
    out = header + [f"enum {enum} {{", f"    /// {doc}", "    static let all: [String: String] = ["]
    for key, path in entries:
        text = path.read_text(encoding="utf-8")
        if f'"""{DELIMITER}' in text or "\r" in text:
            print(f"{path.name}: contains the raw-string delimiter or a carriage return", file=sys.stderr)
            return 2
        # The closing delimiter starts its line, so the text needs no indentation; the newline
        # right before it is not part of the string, hence the extra one.
        out.append(f'        "{key}": {DELIMITER}"""')
        out.append(text + '\n"""' + DELIMITER + ",")
    out += ["    ]", "}", ""]
    target.write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {target.relative_to(root)}{summary}")
    return 0
