using FluentAssertions;
using LaosRights.Data.Tests.Support;
using LaosRights.Export;
using Xunit;

namespace LaosRights.Data.Export.Tests.Samples;

public sealed class ExportSampleTests : IDisposable
{
    private readonly TempFolder _parent = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private string Target => Path.Combine(_parent.Path, "export");

    public void Dispose()
    {
        _parent.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Run(params string[] args) => ExportApp.Run(args, _output, _error);

    private void NothingLeftBehind() =>
        Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName).Should().NotContain(n => n!.Contains(".partial-", StringComparison.Ordinal) || n.Contains(".old-", StringComparison.Ordinal));

    [Fact]
    public void Out_writes_the_json_the_csvs_and_the_data_package()
    {
        Run("--out", Target).Should().Be(ExportApp.Success, _error.ToString());

        File.Exists(Path.Combine(Target, "datapackage.json")).Should().BeTrue();
        File.Exists(Path.Combine(Target, "events.csv")).Should().BeTrue();
        LaosRightsDataset.Parse(File.ReadAllBytes(Path.Combine(Target, "dataset.json"))).Events.Should().HaveCount(LaosRightsDataset.Default.Events.Count);
        _output.ToString().Should().Contain("Wrote 36 files to").And.Contain("Derived from the English Wikipedia article");
        _error.ToString().Should().BeEmpty();
        NothingLeftBehind();
    }

    [Fact]
    public void Xlsx_writes_the_workbook_to_the_out_file()
    {
        var workbook = Path.Combine(_parent.Path, "laos.xlsx");

        Run("--xlsx", "--out", workbook, "--topic", "forced-return").Should().Be(ExportApp.Success, _error.ToString());

        using var expected = new MemoryStream();
        var data = LaosRightsDataset.Default;
        DatasetExport.WriteXlsx(data.Subset(data.Chronology().WithTopic(data, Topic.ForcedReturn).Select(e => (DatasetRecord)e.Record)), expected);
        File.ReadAllBytes(workbook).Should().Equal(expected.ToArray());
        _output.ToString().Should().Contain("Wrote the workbook").And.Contain("the chronology");
        NothingLeftBehind();

        Run("--xlsx", "--out", workbook).Should().Be(ExportApp.BadArguments, "an existing workbook is not replaced without --force");
        _error.ToString().Should().Contain("--force");
        Run("--xlsx", "--out", workbook, "--force").Should().Be(ExportApp.Success, _error.ToString());
    }

    [Fact]
    public void Csv_with_bom_and_neutralize_formulas_writes_spreadsheet_csv_only()
    {
        Run("--csv", "--bom", "--neutralize-formulas", "--out", Target).Should().Be(ExportApp.Success, _error.ToString());

        File.Exists(Path.Combine(Target, "datapackage.json")).Should().BeFalse("CSV only");
        File.ReadAllBytes(Path.Combine(Target, "events.csv")).Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });
        File.ReadAllText(Path.Combine(Target, "evidence.csv")).Should().Contain(",'- Laotian penal system,");
        NothingLeftBehind();
    }

    [Theory]
    [InlineData("--bom")]
    [InlineData("--neutralize-formulas")]
    public void Csv_options_without_csv_are_an_error(string option)
    {
        Run("--out", Target, option).Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("need --csv");
        Directory.Exists(Target).Should().BeFalse();
    }

    [Fact]
    public void Xlsx_and_csv_together_are_an_error()
    {
        Run("--out", Target, "--xlsx", "--csv").Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("--xlsx and --csv");
    }

    [Fact]
    public void Filters_choose_the_same_entries_as_the_timeline_and_the_export_keeps_what_they_refer_to()
    {
        Run("--out", Target, "--from", "2009", "--to", "2009", "--topic", "forced-return").Should().Be(ExportApp.Success, _error.ToString());

        // The Timeline's filters on the chronology: entries placed by their date or by the article's sequence are chosen as
        // the Timeline lists them (the EU and UNHCHR speaking out "since" May 2006), not only the events dated in 2009.
        var data = LaosRightsDataset.Default;
        var chosen = data.Chronology().InYear(2009).WithTopic(data, Topic.ForcedReturn).ToList();
        chosen.Select(e => e.Id).Should().Contain(["thai-military-preparing-forced-return-2009", "eu-unhchr-spoke-out"]).And.NotContain("repatriations-started");
        var timeline = new StringWriter();
        LaosRights.Timeline.TimelineApp.Run(["--from", "2009", "--to", "2009", "--topic", "forced-return"], timeline, TextWriter.Null).Should().Be(0);
        timeline.ToString().Should().Contain($"({chosen.Count} of {data.Chronology().Count} entries)");

        var export = LaosRightsDataset.Parse(File.ReadAllBytes(Path.Combine(Target, "dataset.json")));
        var expected = data.Subset(chosen.Select(e => (DatasetRecord)e.Record));
        export.AllRecords.Select(r => r.Id).Should().BeEquivalentTo(expected.AllRecords.Select(r => r.Id));
        export.Events.Count.Should().BeGreaterThan(1).And.BeLessThan(data.Events.Count);
        _output.ToString().Should().Contain($"Filtered: possibly from 2009 to 2009; topic forced-return: {chosen.Count} entries of {data.Chronology().Count} in the chronology")
            .And.Contain($"{expected.Events.Count} events, ");
    }

    [Fact]
    public void Counts_of_one_are_singular()
    {
        Run("--out", Target, "--kind", "ranking").Should().Be(ExportApp.Success, _error.ToString());

        var output = _output.ToString();
        output.Should().Contain(": 1 entry of ").And.NotContain(" 1 events").And.NotContain(" 1 figures").And.NotContain(" 1 sources").And.NotContain(" 1 places");
    }

    [Fact]
    public void A_place_filter_includes_the_places_inside_it()
    {
        var inside = LaosRightsDataset.Default.Places.First(p => p.ParentId is not null && LaosRightsDataset.Default.Events.Any(e => e.PlaceIds.Contains(p.Id)));

        Run("--out", Target, "--place", inside.ParentId!).Should().Be(ExportApp.Success, _error.ToString());

        var export = LaosRightsDataset.Parse(File.ReadAllBytes(Path.Combine(Target, "dataset.json")));
        export.Events.Should().Contain(e => e.PlaceIds.Contains(inside.Id));
    }

    [Fact]
    public void An_actor_filter_keeps_the_events_the_actor_takes_part_in()
    {
        Run("--out", Target, "--actor", "new-york-times").Should().Be(ExportApp.Success, _error.ToString());

        var export = LaosRightsDataset.Parse(File.ReadAllBytes(Path.Combine(Target, "dataset.json")));
        export.Events.Should().Contain(e => e.ClaimantIds.Contains("new-york-times") || e.Actors.Any(a => a.ActorId == "new-york-times"));
    }

    [Theory]
    [InlineData("--topic 'happiness' is not accepted", "--topic", "happiness")]
    [InlineData("Unknown actor 'nobody'", "--actor", "nobody")]
    [InlineData("Unknown place 'atlantis'", "--place", "atlantis")]
    [InlineData("'last year' is not a date", "--from", "last year")]
    [InlineData("'soon' is not a date", "--to", "soon")]
    [InlineData("--role needs --actor", "--role", "acted")]
    public void An_unknown_filter_value_is_a_clear_error_and_writes_nothing(string message, string option, string value)
    {
        Run("--out", Target, option, value).Should().Be(ExportApp.BadArguments);

        _error.ToString().Should().Contain(message);
        Directory.Exists(Target).Should().BeFalse();
        NothingLeftBehind();
    }

    [Fact]
    public void An_interval_that_ends_before_it_starts_is_an_error()
    {
        Run("--out", Target, "--from", "2009", "--to", "2000").Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("--from 2009 is after --to 2000");
    }

    [Fact]
    public void Filters_that_match_nothing_write_nothing()
    {
        // Events open at their start ("by October 2009") may have happened in 1700, so the topic narrows it to none.
        Run("--out", Target, "--from", "1700", "--to", "1750", "--topic", "genocide").Should().Be(ExportApp.Failed);
        _error.ToString().Should().Contain("no entry of the chronology matches");
        Directory.Exists(Target).Should().BeFalse();
    }

    [Fact]
    public void A_missing_out_option_is_an_error()
    {
        Run().Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("--out");
        Run("--out", Target, "--colour", "red").Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("--colour");
        Directory.Exists(Target).Should().BeFalse();
    }

    [Fact]
    public void Help_lists_the_options()
    {
        Run("--help").Should().Be(ExportApp.Success);
        _output.ToString().Should().Contain("--out").And.Contain("--from").And.Contain("--topic").And.Contain("--place").And.Contain("--match").And.Contain("--kind").And.Contain("--role")
            .And.Contain("--xlsx").And.Contain("--csv").And.Contain("--bom").And.Contain("--neutralize-formulas");
        _output.ToString().Should().NotContain("ForcedReturn");

        // The topic list needs no --out.
        _output.GetStringBuilder().Clear();
        Run("--help-topics").Should().Be(ExportApp.Success, _error.ToString());
        _output.ToString().Should().Contain("  forced-return");
    }

    [Fact]
    public void An_unwritable_folder_is_a_clear_error_and_leaves_nothing()
    {
        // A folder inside a regular file cannot be created, even by root.
        var file = Path.Combine(_parent.Path, "a-file");
        File.WriteAllText(file, "not a folder");

        Run("--out", Path.Combine(file, "export")).Should().Be(ExportApp.Failed);

        _error.ToString().Should().Contain("could not write the export");
        Directory.EnumerateFileSystemEntries(_parent.Path).Should().ContainSingle();
    }

    [Theory]
    [InlineData("", "--out needs a folder name")]
    [InlineData(" ", "--out needs a folder name")]
    [InlineData(".", "is the working folder or holds it")]
    [InlineData("./", "is the working folder or holds it")]
    [InlineData("..", "is the working folder or holds it")]
    [InlineData("/", "is the working folder or holds it")]
    public void An_out_that_cannot_be_an_export_folder_is_a_bad_argument_and_nothing_is_written(string folder, string message)
    {
        var working = Directory.EnumerateFileSystemEntries(Environment.CurrentDirectory).Count();

        Run("--out", folder, "--force").Should().Be(ExportApp.BadArguments);

        _error.ToString().Should().Contain(message).And.NotContain("(Parameter").And.NotContain("   at ");
        _error.ToString().TrimEnd().Should().NotContain("\n");
        _output.ToString().Should().BeEmpty();
        Directory.Exists(Environment.CurrentDirectory).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(Environment.CurrentDirectory).Should().HaveCount(working);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_not_offered_force_and_no_exception_type_is_named()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self"), "needs Linux's /proc");

        Run("--out", "/proc").Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("cannot be written").And.NotContain("--force");
        _error.ToString().TrimEnd().Should().NotContain("\n");

        Run("--out", "/proc/laos-export").Should().Be(ExportApp.Failed);
        _error.ToString().Should().NotContainAny("Exception)", "(FileNotFound", "(DirectoryNotFound");
    }

    [Fact]
    public void A_folder_the_system_will_not_create_is_reported_under_the_name_given()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self"), "needs Linux's /proc");

        Run("--out", "/proc/laos-export").Should().Be(ExportApp.Failed);

        _error.ToString().Should().StartWith("error: could not write the export to '/proc/laos-export'").And.NotContain(".partial-");
        _error.ToString().TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_empty_writable_folder_in_a_parent_the_user_cannot_write_to_is_accepted()
    {
        Directory.CreateDirectory(Target);

        // Folder permissions do not bind root; the immutable attribute does (where the file system has it).
        File.SetUnixFileMode(_parent.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var immutable = Chattr("+i", _parent.Path);
        try
        {
            var probe = Path.Combine(_parent.Path, "probe");
            var canStillWrite = true;
            try
            {
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                canStillWrite = false;
            }

            Assert.SkipWhen(canStillWrite, "no way to make a folder unwritable for these tests' user here");

            Run("--out", Target).Should().Be(ExportApp.Success, _error.ToString());
            File.Exists(Path.Combine(Target, "datapackage.json")).Should().BeTrue();
            Directory.EnumerateFiles(Target).Should().HaveCount(36);
            Directory.EnumerateDirectories(Target).Should().BeEmpty("the hidden staging folder inside the target is removed");
        }
        finally
        {
            if (immutable)
            {
                Chattr("-i", _parent.Path);
            }

            File.SetUnixFileMode(_parent.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        static bool Chattr(string change, string path)
        {
            try
            {
                using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true });
                process!.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false; // no chattr
            }
        }
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_an_error()
    {
        File.WriteAllText(Target, "x");

        Run("--out", Target).Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("is a file, not a folder");
        _error.ToString().TrimEnd().Should().NotContain("\n");
        File.ReadAllText(Target).Should().Be("x");
    }

    [Fact]
    public void An_existing_export_is_kept_unless_force_is_given()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "mine.txt"), "keep me");

        Run("--out", Target).Should().Be(ExportApp.BadArguments);
        _error.ToString().Should().Contain("already exists and is not empty").And.Contain("add --force");
        _error.ToString().TrimEnd().Should().NotContain("\n");
        File.ReadAllText(Path.Combine(Target, "mine.txt")).Should().Be("keep me");

        Run("--out", Target, "--force").Should().Be(ExportApp.Success, _error.ToString());
        File.Exists(Path.Combine(Target, "mine.txt")).Should().BeFalse();
        File.Exists(Path.Combine(Target, "datapackage.json")).Should().BeTrue();
        NothingLeftBehind();
    }

    [Fact]
    public void An_empty_existing_folder_is_filled()
    {
        Directory.CreateDirectory(Target);

        Run("--out", Target).Should().Be(ExportApp.Success, _error.ToString());
        File.Exists(Path.Combine(Target, "datapackage.json")).Should().BeTrue();
    }

    [Fact]
    public void A_failure_while_writing_leaves_no_partial_export()
    {
        string? partial = null;
        var code = ExportApp.Run(["--out", Target], _output, _error, beforeMove: folder =>
        {
            partial = folder;
            throw new IOException("disk full (simulated)");
        });

        code.Should().Be(ExportApp.Failed);
        _error.ToString().Should().Contain("disk full (simulated)");
        partial.Should().NotBeNull();
        Path.GetDirectoryName(partial).Should().Be(_parent.Path, "the export is written beside the target, then moved");
        Directory.Exists(partial).Should().BeFalse();
        Directory.Exists(Target).Should().BeFalse();
        NothingLeftBehind();
    }

    [Fact]
    public void A_failure_while_replacing_keeps_the_previous_export()
    {
        Run("--out", Target).Should().Be(ExportApp.Success);
        var before = File.ReadAllBytes(Path.Combine(Target, "dataset.json"));

        var code = ExportApp.Run(["--out", Target, "--force", "--topic", "genocide"], _output, _error, beforeMove: _ => throw new IOException("simulated"));

        code.Should().Be(ExportApp.Failed);
        File.ReadAllBytes(Path.Combine(Target, "dataset.json")).Should().Equal(before);
        NothingLeftBehind();
    }
}
