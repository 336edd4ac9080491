using System.Text;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Reanchor.Tests;

/// <summary>The properties every re-anchoring keeps, whatever the revision.</summary>
public sealed class PropertyTests
{
    public static TheoryData<string> CleanRevisions() => new()
    {
        "citation markers",
        "curly quotes",
        "moved section",
        "both",
    };

    private static string Revise(string name) => name switch
    {
        "citation markers" => Revisions.WithCitationMarkers(Revisions.Article),
        "curly quotes" => Revisions.WithCurlyQuotes(Revisions.Article),
        "moved section" => Revisions.Article
            .ReplaceOnce("==See also==\n- Laotian penal system\n- LGBT rights in Laos", "")
            .ReplaceOnce("==Individual cases==", "==See also==\n- Laotian penal system\n- LGBT rights in Laos\n\n==Individual cases=="),
        _ => Revisions.WithCurlyQuotes(Revisions.WithCitationMarkers(Revisions.Article)),
    };

    [Fact]
    public void The_same_text_gives_the_same_file_byte_for_byte()
    {
        var result = Revisions.Reanchor(Revisions.Article);

        result.DatasetUtf8Json.ToArray().Should().Equal(Revisions.ShippedJson);
        result.IsComplete.Should().BeTrue();
        result.Report.Count(EvidenceStatus.Moved).Should().Be(result.Report.Evidence.Count);
        result.Report.Evidence.Should().HaveCountGreaterThan(150).And.OnlyContain(e => e.NewStart == e.OldStart);
        result.Report.SuggestedDataVersion.Should().Be(LaosRightsDataset.Default.DataVersion, "the same text keeps the version");
        result.Report.UnheldNumbers.Should().BeEmpty("the shipped data holds every number of the article (the tests' coverage rule)");
    }

    [Theory]
    [MemberData(nameof(CleanRevisions))]
    public void A_to_B_to_A_returns_the_original_file(string revision)
    {
        var forward = Revisions.Reanchor(Revise(revision));
        forward.IsComplete.Should().BeTrue();
        Encoding.UTF8.GetString(forward.DatasetUtf8Json.Span).Should().Contain("\"text\": \"= Human rights in Laos =", "a new revision travels with its text");

        var back = DatasetReanchor.Reanchor(forward.DatasetUtf8Json.Span, Revisions.Article);

        back.IsComplete.Should().BeTrue();
        Encoding.UTF8.GetString(back.DatasetUtf8Json.Span).Should().Be(Encoding.UTF8.GetString(Revisions.ShippedJson));
    }

    [Theory]
    [MemberData(nameof(CleanRevisions))]
    public void The_output_loads_and_no_typed_value_changes(string revision)
    {
        var result = Revisions.Reanchor(Revise(revision));

        var loaded = LaosRightsDataset.Parse(result.DatasetUtf8Json.Span);
        loaded.Article.Text.Should().Be(Revise(revision));
        loaded.AllRecords.Should().HaveCount(LaosRightsDataset.Default.AllRecords.Count);
        var before = Revisions.ValuesById(Revisions.ShippedJson);
        var after = Revisions.ValuesById(result.DatasetUtf8Json.Span);
        after.Keys.Should().Equal(before.Keys);
        foreach (var (id, values) in before)
        {
            System.Text.Json.Nodes.JsonNode.DeepEquals(values, after[id]).Should().BeTrue($"record '{id}' keeps every value");
        }

        foreach (var record in loaded.AllRecords)
        {
            foreach (var evidence in record.Evidence)
            {
                loaded.Article.Text.Substring(evidence.Start, evidence.Length).Should().Be(evidence.Quote);
            }
        }
    }

    [Fact]
    public void Typed_values_never_change_even_when_records_need_review()
    {
        var revised = Revisions.Article.ReplaceOnce("As many as 200,000", "As many as 300,000").ReplaceOnce("Around 5,000", "5,000");

        var result = Revisions.Reanchor(revised);

        var before = Revisions.ValuesById(Revisions.ShippedJson);
        var after = Revisions.ValuesById(result.DatasetUtf8Json.Span);
        foreach (var (id, values) in before)
        {
            System.Text.Json.Nodes.JsonNode.DeepEquals(values, after[id]).Should().BeTrue($"record '{id}' keeps every value");
        }
    }

    [Fact]
    public void The_report_is_deterministic()
    {
        var revised = Revisions.WithCitationMarkers(Revisions.Article).ReplaceOnce("As many as 200,000", "As many as 300,000");

        var first = Revisions.Reanchor(revised);
        var second = Revisions.Reanchor(revised);

        second.Report.ToMarkdown().Should().Be(first.Report.ToMarkdown());
        second.Report.ToJson().Should().Be(first.Report.ToJson());
        second.DatasetUtf8Json.ToArray().Should().Equal(first.DatasetUtf8Json.ToArray());
        var json = System.Text.Json.Nodes.JsonNode.Parse(first.Report.ToJson())!;
        ((int)json["counts"]!["needsReviewRecords"]!).Should().Be(first.Report.Count(RecordStatus.NeedsReview)).And.BeGreaterThan(0);
        ((string?)json["records"]![0]!["status"]).Should().Be("supported");
    }
}
