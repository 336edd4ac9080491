using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Data;

public class EvidenceTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Every_record_has_evidence()
    {
        Data.AllRecords.Should().HaveCountGreaterThan(200);
        Data.AllRecords.Should().OnlyContain(r => r.Evidence.Count > 0);
    }

    [Fact]
    public void Every_evidence_quote_equals_the_article_text_at_its_position()
    {
        var text = Data.Article.Text;
        var items = Data.AllRecords.SelectMany(r => r.Evidence.Select(e => (r.Id, e))).ToList();
        items.Should().HaveCountGreaterThan(240);
        foreach (var (id, e) in items)
        {
            (e.Start + e.Length).Should().BeLessThanOrEqualTo(text.Length, $"evidence of '{id}' must lie inside the text");
            text.Substring(e.Start, e.Length).Should().Be(e.Quote, $"evidence of '{id}' at {e.Start}");
        }
    }

    [Fact]
    public void Every_evidence_names_the_section_that_holds_it()
    {
        foreach (var e in Data.AllRecords.SelectMany(r => r.Evidence))
        {
            e.SectionPath.Should().Equal(Data.Article.GetSectionAt(e.Start).Path);
            e.SectionPath[0].Should().Be("Human rights in Laos");
        }
    }

    [Fact]
    public void Evidence_is_a_sentence_or_clause_not_a_paragraph()
    {
        foreach (var e in Data.AllRecords.SelectMany(r => r.Evidence))
        {
            e.Quote.Should().NotContain("\n\n");
            e.Quote.Trim().Should().Be(e.Quote, "a quote neither starts nor ends with white space");
        }
    }

    [Fact]
    public void Evidence_of_the_ratification_points_into_its_section()
    {
        var e = Data.Events["iccpr-ratification-2009"].Evidence.Single();
        e.Section.Should().Be("Official Lao position on human rights");
        e.Quote.Should().StartWith("On 25 September 2009, Laos ratified");
        e.Start.Should().Be(1978);
        e.End.Should().Be(e.Start + e.Quote.Length);
        e.Covers(1978).Should().BeTrue();
        e.Covers(e.End).Should().BeFalse();
    }

    [Fact]
    public void Evidence_constructor_rejects_bad_arguments()
    {
        FluentActions.Invoking(() => new Evidence(null!, 0, ["x"])).Should().Throw<ArgumentNullException>().WithParameterName("quote");
        FluentActions.Invoking(() => new Evidence("", 0, ["x"])).Should().Throw<ArgumentException>().WithParameterName("quote");
        FluentActions.Invoking(() => new Evidence("q", -1, ["x"])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        FluentActions.Invoking(() => new Evidence("q", 0, null!)).Should().Throw<ArgumentNullException>().WithParameterName("sectionPath");
    }
}
