using System.Text;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Reanchor.Tests;

/// <summary>Ambiguous quotes, thresholds and bad input.</summary>
public sealed class EngineEdgeTests
{
    [Fact]
    public void A_quote_found_twice_is_chosen_by_its_section_and_reported()
    {
        const string sentence = "No executions have been reported since 1989.";
        var revised = Revisions.Article.ReplaceOnce("==Freedom of religion==\n", "==Freedom of religion==\n" + sentence + "\n");

        var result = Revisions.Reanchor(revised);

        var evidence = result.Record("no-executions-reported-since-1989").Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Ambiguous);
        evidence.Occurrences.Should().Be(2);
        evidence.NewStart.Should().Be(revised.IndexOf(sentence, StringComparison.Ordinal), "the occurrence in the lead, where the quote was");
        evidence.NewSectionPath.Should().Equal("Human rights in Laos");
        evidence.Resolution.Should().Contain("2 occurrences").And.Contain("1 in section 'Human rights in Laos'");
        result.Record("no-executions-reported-since-1989").Status.Should().Be(RecordStatus.Supported);
        result.Report.ToMarkdown().Should().Contain("## Ambiguous quotes");
    }

    [Fact]
    public void A_quote_found_twice_in_its_own_section_is_chosen_by_its_neighbours()
    {
        const string sentence = "No executions have been reported since 1989.";
        var revised = Revisions.Article.ReplaceOnce("The purported policy objectives", sentence + " The purported policy objectives");

        var result = Revisions.Reanchor(revised);

        var evidence = result.Record("no-executions-reported-since-1989").Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Ambiguous);
        evidence.NewStart.Should().Be(revised.LastIndexOf(sentence, StringComparison.Ordinal), "the copy lies before the quotes that came before it");
        evidence.Resolution.Should().Contain("1 between the neighbouring quotes");
        result.IsComplete.Should().BeTrue();
        result.Report.UnquotedSentences.Should().Contain(s => s.Start == revised.IndexOf(sentence, StringComparison.Ordinal), "the copy is quoted by no record");
    }

    [Fact]
    public void A_quote_that_moves_to_another_section_is_listed_with_both_sections()
    {
        var revised = Revisions.Article.ReplaceOnce(" No executions have been reported since 1989.", "")
            .ReplaceOnce("==Freedom of religion==\n", "==Freedom of religion==\nNo executions have been reported since 1989.\n");

        var result = Revisions.Reanchor(revised);

        var evidence = result.Record("no-executions-reported-since-1989").Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Moved);
        evidence.NewSectionPath.Should().Equal("Human rights in Laos", "Freedom of religion");
        result.Report.ToMarkdown().Should().Contain("- \"No executions have been reported since 1989.\" (`no-executions-reported-since-1989`): Human rights in Laos → Human rights in Laos › Freedom of religion");
        result.Dataset!.Events["no-executions-reported-since-1989"].Evidence[0].SectionPath.Should().Equal("Human rights in Laos", "Freedom of religion");
    }

    [Fact]
    public void A_stricter_threshold_turns_a_changed_quote_into_a_lost_one()
    {
        var revised = Revisions.Article.ReplaceOnce(
            "ethnic Hmong hiding in the jungle leads to", "ethnic Hmong hiding in the jungle, which remains grave, leads to");

        var strict = Revisions.Reanchor(revised, new ReanchorOptions { SimilarityThreshold = 0.99 });

        strict.Record("hmong-steady-stream-to-thailand").Evidence.Single().Status.Should().Be(EvidenceStatus.Lost);
        strict.Record("hmong-steady-stream-to-thailand").Status.Should().Be(RecordStatus.Unsupported);
        strict.Report.SimilarityThreshold.Should().Be(0.99);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void The_threshold_must_be_above_0_and_at_most_1(double threshold)
    {
        FluentActions.Invoking(() => new ReanchorOptions { SimilarityThreshold = threshold })
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_text_that_is_not_an_article_is_an_argument_exception()
    {
        FluentActions.Invoking(() => Revisions.Reanchor("No heading here.\n"))
            .Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("*level-1 heading*");
        FluentActions.Invoking(() => Revisions.Reanchor("= T =\n\uD800\n"))
            .Should().Throw<ArgumentException>().WithMessage("*not valid Unicode*");
        FluentActions.Invoking(() => Revisions.Reanchor(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_dataset_that_does_not_load_is_a_validation_exception()
    {
        FluentActions.Invoking(() => DatasetReanchor.Reanchor("{}"u8, Revisions.Article))
            .Should().Throw<DatasetValidationException>();
    }

    [Fact]
    public void A_dataset_with_its_own_text_is_re_anchored_and_keeps_carrying_its_text()
    {
        const string text = "= Another article =\nLaos ratified a treaty in 2009.\n";
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var source = $$"""
            {"schemaVersion":1,"dataVersion":"0.1.0","article":{"title":"Another article","sha256":"{{sha}}","license":"CC BY-SA 4.0",
             "licenseUrl":"https://creativecommons.org/licenses/by-sa/4.0/","attribution":"Test.","sourceUrl":"https://example.org/a","text":{{System.Text.Json.Nodes.JsonValue.Create(text).ToJsonString()}}},
             "actors":[],"places":[],"sources":[],"cases":[],"figures":[],"scores":[],"rankings":[],"claims":[],"quotations":[],
             "events":[{"id":"ratification","summary":"Laos ratifies a treaty","date":"2009","standing":"stated","evidence":[{"start":20,"length":30,"quote":"Laos ratified a treaty in 2009"}]}]}
            """;

        var result = DatasetReanchor.Reanchor(Encoding.UTF8.GetBytes(source), "= Another article =\n\nIn short, Laos ratified a treaty in 2009.\n");

        result.IsComplete.Should().BeTrue();
        result.Dataset!.Events["ratification"].Evidence[0].Start.Should().Be(31);
        result.Dataset.Article.Text.Should().StartWith("= Another article =\n\nIn short");
        result.Report.SuggestedDataVersion.Should().Be("0.1.1");
    }

    [Fact]
    public void A_one_record_report_counts_in_the_singular_and_lists_numbers_without_their_punctuation()
    {
        const string text = "= Another article =\nLaos ratified a treaty in 2009.\n";
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var source = $$"""
            {"schemaVersion":1,"dataVersion":"0.1.0","article":{"title":"Another article","sha256":"{{sha}}","license":"CC BY-SA 4.0",
             "licenseUrl":"https://creativecommons.org/licenses/by-sa/4.0/","attribution":"Test.","sourceUrl":"https://example.org/a","text":{{System.Text.Json.Nodes.JsonValue.Create(text).ToJsonString()}}},
             "actors":[],"places":[],"sources":[],"cases":[],"figures":[],"scores":[],"rankings":[],"claims":[],"quotations":[],
             "events":[{"id":"ratification","summary":"Laos ratifies a treaty","date":"2009","standing":"stated","evidence":[{"start":20,"length":30,"quote":"Laos ratified a treaty in 2009"}]}]}
            """;

        var result = DatasetReanchor.Reanchor(Encoding.UTF8.GetBytes(source), "= Another article =\nLaos signed a treaty in 2009. In 2011, 7 people left.\n");

        var record = result.Report.Records.Single();
        record.Status.Should().Be(RecordStatus.NeedsReview, "'ratified' became 'signed'");
        record.StaleText.Should().Equal("summary: 'ratifies'");
        result.Report.UnheldNumbers.Select(n => n.Token).Should().Equal("2011", "7");
        var markdown = result.Report.ToMarkdown();
        markdown.Should().Contain("**needs review**: 1 record needs review, 0 are unsupported")
            .And.Contain("0 quotes were found verbatim exactly once")
            .And.Contain("- number `2011` at ").And.NotContain("`2011,`");
        System.Text.Json.Nodes.JsonNode.Parse(result.Report.ToJson())!["unheldNumbers"]![0]!["token"]!.GetValue<string>().Should().Be("2011");
    }
}
