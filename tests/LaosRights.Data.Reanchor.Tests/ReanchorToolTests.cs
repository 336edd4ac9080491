using FluentAssertions;
using LaosRights.Reanchor;
using Xunit;

namespace LaosRights.Data.Reanchor.Tests;

/// <summary>The <c>laosrights reanchor</c> command: exit codes, one-line errors, files written all at once or not at all.</summary>
public sealed class ReanchorToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("laosrights-reanchor-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Data()
    {
        var path = Path.Combine(_folder, "dataset.json");
        System.IO.File.WriteAllBytes(path, Revisions.ShippedJson);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(null, args);

    private static (int Code, string Output, string Error) Run(Action<string>? beforeMove, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ReanchorTool.Run(args, output, error, beforeMove);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_clean_revision_writes_the_dataset_and_both_reports()
    {
        var article = File("new.txt", Revisions.WithCitationMarkers(Revisions.Article).Replace("\n", "\r\n", StringComparison.Ordinal));
        var target = Path.Combine(_folder, "out");

        var (code, output, error) = Run("reanchor", "--data", Data(), "--article", article, "--out", target);

        code.Should().Be(ReanchorTool.Success, error);
        error.Should().BeEmpty();
        Directory.GetFiles(target).Select(Path.GetFileName).Should().BeEquivalentTo(
            ReanchorTool.DatasetFileName, ReanchorTool.MarkdownReportFileName, ReanchorTool.JsonReportFileName);
        var loaded = LaosRightsDataset.Load(Path.Combine(target, ReanchorTool.DatasetFileName));
        loaded.Article.Text.Should().Be(Revisions.WithCitationMarkers(Revisions.Article), "CRLF line ends are read as LF");
        output.Should().Contain($"records: {LaosRightsDataset.Default.AllRecords.Count} supported, 0 need review, 0 unsupported").And.Contain($"data version {LaosRightsDataset.Default.DataVersion} -> ").And.Contain("(patch: no value changed)");
        System.IO.File.ReadAllText(Path.Combine(target, ReanchorTool.MarkdownReportFileName)).Should().StartWith("# Re-anchoring report");
        Directory.GetDirectories(_folder).Should().ContainSingle("no temporary folder is left behind");
    }

    [Fact]
    public void A_revision_with_changed_facts_writes_a_draft_and_exits_3()
    {
        var article = File("new.txt", Revisions.Article.ReplaceOnce("As many as 200,000", "As many as 300,000"));
        var target = Path.Combine(_folder, "out");

        var (code, output, _) = Run("reanchor", "--data", Data(), "--article", article, "--out", target);

        code.Should().Be(ReanchorTool.NeedsReview);
        System.IO.File.Exists(Path.Combine(target, ReanchorTool.DraftFileName)).Should().BeTrue();
        System.IO.File.Exists(Path.Combine(target, ReanchorTool.DatasetFileName)).Should().BeFalse();
        output.Should().Contain("need review").And.Contain("and 1 number no record holds");
        System.IO.File.ReadAllText(Path.Combine(target, ReanchorTool.MarkdownReportFileName)).Should().Contain("`hmong-exile-thailand-count` (figures)");
    }

    public static TheoryData<string[], string> BadArguments() => new()
    {
        { ["reanchor", "--article", "a.txt", "--out", "x"], "Option '--data' is required" },
        { ["reanchor", "--data", "d.json", "--article", "a.txt", "--out", "x", "--colour"], "Unrecognized command or argument '--colour'; the options are --data, --article, --out, --threshold, --force" },
        { ["reanchor", "--data", "d.json", "--article", "a.txt", "--out", "x", "--threshold", "abc"], "--threshold must be a number above 0 and at most 1, such as 0.6, not 'abc'." },
        { ["reanchr", "--data", "d.json"], "unknown command 'reanchr'; the commands are: reanchor (see laosrights --help)." },
        { ["--colour"], "unknown option '--colour'; give a command first: reanchor (see laosrights --help)." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_give_one_line_and_exit_2_and_write_nothing(string[] args, string message)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(ReanchorTool.BadArguments);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("error: ").And.Contain(message).And.NotContain("System.");
        Directory.Exists("x").Should().BeFalse();
    }

    [Fact]
    public void No_arguments_show_the_usage_and_exit_2()
    {
        var (code, output, error) = Run();

        code.Should().Be(ReanchorTool.BadArguments);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("reanchor").And.NotContain("Required command");
    }

    [Fact]
    public void Bad_inputs_give_one_line_and_exit_2_and_write_nothing()
    {
        var target = Path.Combine(_folder, "out");
        var article = File("new.txt", Revisions.Article);
        var cases = new (string[] Args, string Message)[]
        {
            (["reanchor", "--data", Path.Combine(_folder, "missing.json"), "--article", article, "--out", target], "cannot read --data"),
            (["reanchor", "--data", File("bad.json", "{\"schemaVersion\": 1}"), "--article", article, "--out", target], "is not a valid dataset"),
            (["reanchor", "--data", Data(), "--article", File("plain.txt", "no heading\n"), "--out", target], "level-1 heading"),
            (["reanchor", "--data", Data(), "--article", Path.Combine(_folder, "missing.txt"), "--out", target], "cannot read --article"),
            (["reanchor", "--data", Data(), "--article", article, "--out", target, "--threshold", "1.5"], "--threshold must be a number above 0 and at most 1, such as 0.6, not '1.5'."),
            (["reanchor", "--data", _folder, "--article", article, "--out", target], $"--data '{_folder}' is a folder; give the data file (such as dataset.json)."),
            (["reanchor", "--data", Data(), "--article", _folder, "--out", target], "is a folder; give the article's text file"),
            (["reanchor", "--data", File("text.json", "{\n  \"schemaVersion\": 1,\n  oops\n}"), "--article", article, "--out", target], "is not JSON at line 3, column 3: 'o' is an invalid start of a property name."),
            (["reanchor", "--data", File("words.json", "not json"), "--article", article, "--out", target], "is not JSON at line 1, column 2: "),
            (["reanchor", "--data", Data(), "--article", article, "--out", article], $"--out '{article}' is a file; give a folder that does not exist yet or is empty."),
        };
        System.IO.File.WriteAllBytes(Path.Combine(_folder, "latin1.txt"), [0x3D, 0x20, 0xE9, 0x20, 0x3D, 0x0A]);

        foreach (var (args, message) in cases.Append((["reanchor", "--data", Data(), "--article", Path.Combine(_folder, "latin1.txt"), "--out", target], "not UTF-8")))
        {
            var (code, _, error) = Run(args);
            code.Should().Be(ReanchorTool.BadArguments, message);
            error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("error: ").And.Contain(message)
                .And.NotContain("LineNumber").And.NotContain("denied");
            Directory.Exists(target).Should().BeFalse();
        }
    }

    [Fact]
    public void A_folder_that_holds_files_is_replaced_only_with_force()
    {
        var target = Path.Combine(_folder, "out");
        Directory.CreateDirectory(target);
        System.IO.File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");
        var article = File("new.txt", Revisions.Article);

        var refused = Run("reanchor", "--data", Data(), "--article", article, "--out", target);
        refused.Code.Should().Be(ReanchorTool.BadArguments, "a folder that holds files is a bad --out, not a failure to write");
        refused.Error.TrimEnd('\n').Should().NotContain("\n").And.Contain("already exists and is not empty").And.Contain("--force");
        refused.Output.Should().BeEmpty();
        System.IO.File.Exists(Path.Combine(target, "keep.txt")).Should().BeTrue();

        var forced = Run("reanchor", "--data", Data(), "--article", article, "--out", target, "--force");
        forced.Code.Should().Be(ReanchorTool.Success);
        forced.Output.Should().Contain($"data version {LaosRightsDataset.Default.DataVersion} (unchanged: same text)").And.NotContain("->");
        System.IO.File.Exists(Path.Combine(target, "keep.txt")).Should().BeFalse();
        System.IO.File.ReadAllBytes(Path.Combine(target, ReanchorTool.DatasetFileName)).Should().Equal(Revisions.ShippedJson);
    }

    [Fact]
    public void A_failure_while_writing_leaves_nothing_behind()
    {
        var target = Path.Combine(_folder, "out");
        var article = File("new.txt", Revisions.Article);

        var (code, _, error) = Run(_ => throw new IOException("disk full"), "reanchor", "--data", Data(), "--article", article, "--out", target);

        code.Should().Be(ReanchorTool.Failed);
        error.Should().Contain("disk full");
        Directory.Exists(target).Should().BeFalse();
        Directory.GetDirectories(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Help_describes_the_reanchor_command()
    {
        var (code, output, _) = Run("reanchor", "--help");

        code.Should().Be(0);
        output.Should().Contain("--data").And.Contain("--article").And.Contain("--out").And.Contain("--threshold");
    }
}
