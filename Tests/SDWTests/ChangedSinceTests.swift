import Foundation
import Testing

/// `--changed-since GIT-REF` in a temporary git repository.
@Suite struct ChangedSinceTests {
    /// A repository with `a.yaml`, `b.yaml` and `sub/c.yaml` committed and tagged `base`.
    static func repository() throws -> Workspace {
        let sdw = try Workspace()
        let clean = try Workspace.fixture("clean.yaml")
        for name in ["a.yaml", "b.yaml", "sub/c.yaml"] { try sdw.write(clean, to: name) }
        try sdw.git("init", "-q")
        try sdw.git("add", "a.yaml", "b.yaml", "sub/c.yaml")
        try sdw.git("commit", "-q", "-m", "base")
        try sdw.git("tag", "base")
        return sdw
    }

    static func checkedFiles(_ outcome: CLI.Output) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        return try #require(json["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    @Test func onlyAddedAndModifiedCanvasesAreChecked() throws {
        let sdw = try Self.repository()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("mixed.yaml"), to: "a.yaml")      // modified, committed
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "sub/d.yaml")  // added, committed
        try sdw.git("rm", "-q", "b.yaml")                                       // deleted
        try sdw.git("add", "a.yaml", "sub/d.yaml")
        try sdw.git("commit", "-q", "-m", "change")
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "e.yaml")      // untracked

        let all = try sdw.sdw("lint", ".", "--changed-since", "base", "--format", "json")
        #expect(all.status == 1, "\(all.stderr)")
        #expect(try Self.checkedFiles(all) == ["a.yaml", "e.yaml", "sub/d.yaml"])

        let sub = try sdw.sdw("lint", "sub", "--changed-since", "base", "--format", "json")
        #expect(sub.status == 0)
        #expect(try Self.checkedFiles(sub) == ["sub/d.yaml"])

        let named = try sdw.sdw("lint", "sub/c.yaml", "a.yaml", "--changed-since", "HEAD", "--format", "json")
        #expect(try Self.checkedFiles(named) == [])
        #expect(named.status == 0)

        // A named file that does not exist is still a mistake, changed or not.
        let deleted = try sdw.sdw("lint", "b.yaml", "--changed-since", "base")
        #expect(deleted.status == 2)
        #expect(deleted.stderr.contains("b.yaml: error: no such file"))
    }

    @Test func unknownRefExitsTwo() throws {
        let sdw = try Self.repository()
        defer { sdw.cleanUp() }
        let outcome = try sdw.sdw("lint", ".", "--changed-since", "no-such-branch")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("unknown git ref 'no-such-branch'"))
        let option = try sdw.sdw("lint", ".", "--changed-since=--output=x")
        #expect(option.status == 2)
    }

    @Test func outsideARepositoryExitsTwo() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "a.yaml")
        try sdw.write("", to: ".git")  // a file, not a repository, so git does not look further up
        let outcome = try sdw.sdw("lint", ".", "--changed-since", "main")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("needs a git repository"), "\(outcome.stderr)")
    }
}
