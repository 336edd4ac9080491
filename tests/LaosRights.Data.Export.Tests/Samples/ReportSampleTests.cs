using AngleSharp.Html.Parser;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using LaosRights.Report;
using Xunit;

namespace LaosRights.Data.Export.Tests.Samples;

public sealed class ReportSampleTests : IDisposable
{
    private readonly TempFolder _parent = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private string Target => Path.Combine(_parent.Path, "report.html");

    public void Dispose()
    {
        _parent.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Run(params string[] args) => ReportApp.Run(args, _output, _error);

    [Fact]
    public void Out_writes_the_report_of_the_whole_dataset()
    {
        Run("--out", Target).Should().Be(ReportApp.Success, _error.ToString());

        File.ReadAllText(Target).Should().Be(DatasetReport.ToHtml(LaosRightsDataset.Default));
        _output.ToString().Should().Contain("Wrote ").And.Contain($"{LaosRightsDataset.Default.AllRecords.Count} records").And.Contain("Derived from the English Wikipedia article");
        _error.ToString().Should().BeEmpty();
        Directory.GetFiles(_parent.Path).Should().ContainSingle("no temporary file is left");
    }

    [Fact]
    public void The_timeline_filters_choose_the_events_and_the_report_says_so()
    {
        Run("--out", Target, "--from", "2003", "--to", "2009", "--topic", "forced-return", "--place", "TH").Should().Be(ReportApp.Success, _error.ToString());

        var document = new HtmlParser().ParseDocument(File.ReadAllText(Target));
        var selection = document.QuerySelector(".selection")!.TextContent;
        selection.Should().Contain("possibly from 2003 to 2009").And.Contain("topic forced-return").And.Contain("in Thailand").And.Contain("with every record they refer to");
        var cards = document.QuerySelectorAll("article.card").Select(c => c.Id!).ToList();
        cards.Should().Contain("r-thai-military-preparing-forced-return-2009");
        cards.Should().NotContain("r-iccpr-ratification-2009", "an event outside the selection has no card");
    }

    [Fact]
    public void An_existing_file_is_kept_unless_force_is_given()
    {
        File.WriteAllText(Target, "mine");
        Run("--out", Target).Should().Be(ReportApp.Failed);
        File.ReadAllText(Target).Should().Be("mine");
        _error.ToString().Should().Contain("already exists").And.Contain("--force");

        Run("--out", Target, "--force").Should().Be(ReportApp.Success, _error.ToString());
        File.ReadAllText(Target).Should().StartWith("<!DOCTYPE html>");
    }

    [Theory]
    [InlineData("--topic", "happiness")]
    [InlineData("--actor", "nobody")]
    [InlineData("--place", "atlantis")]
    [InlineData("--from", "2009-13")]
    public void A_filter_that_names_nothing_is_a_bad_argument_and_nothing_is_written(string option, string value)
    {
        Run("--out", Target, option, value).Should().Be(ReportApp.BadArguments);
        _error.ToString().Should().Contain(value);
        File.Exists(Target).Should().BeFalse();
    }

    [Fact]
    public void No_out_or_from_after_to_are_bad_arguments_and_no_match_writes_nothing()
    {
        Run().Should().Be(ReportApp.BadArguments);
        Run("--out", Target, "--from", "2009", "--to", "2000").Should().Be(ReportApp.BadArguments);
        _error.ToString().Should().Contain("--from 2009 is after --to 2000");
        Run("--out", Target, "--from", "1700", "--to", "1750", "--topic", "genocide").Should().Be(ReportApp.Failed);
        _error.ToString().Should().Contain("no entry of the chronology matches");
        File.Exists(Target).Should().BeFalse();
    }
}
