using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Reanchor.Tests;

/// <summary>
/// Revisions made the way encyclopedia articles change, each a small edit script applied to the shipped article text,
/// with the expected classification of the records it touches.
/// </summary>
public sealed class EditScriptTests
{
    [Fact]
    public void Citation_markers_after_sentences_re_anchor_every_record_without_review()
    {
        var revised = Revisions.WithCitationMarkers(Revisions.Article);
        revised.Should().Contain("since 1989.[").And.Contain("by October 2009.[");

        var result = Revisions.Reanchor(revised);

        result.IsComplete.Should().BeTrue();
        result.Report.Count(RecordStatus.Supported).Should().Be(result.Report.Records.Count);
        result.Report.Count(EvidenceStatus.Lost).Should().Be(0);
        // A quote that ends its sentence is found verbatim before the marker ...
        var single = result.Record("no-executions-reported-since-1989").Evidence.Single();
        single.Status.Should().Be(EvidenceStatus.Moved);
        single.NewQuote.Should().Be("No executions have been reported since 1989.");
        // ... a quote spanning sentences takes the markers inside it, its fact words unchanged.
        var spanning = result.Record("case-posters-october-1999").Evidence.Single();
        spanning.Status.Should().Be(EvidenceStatus.Changed);
        spanning.Reanchored.Should().BeTrue();
        spanning.NewQuote.Should().Contain("change in Laos.[").And.EndWith("The surviving 3 men should have been released by October 2009.");
        spanning.FactDifferences.Should().BeEmpty();
        result.Dataset!.Cases["case-posters-october-1999"].Evidence[0].Quote.Should().Be(spanning.NewQuote);

        // The JSON report says what the output changed: only the offsets of the moved quote, the wording of the other too.
        single.OffsetsChanged.Should().BeTrue();
        single.QuoteChanged.Should().BeFalse();
        spanning.QuoteChanged.Should().BeTrue();
        var json = JsonNode.Parse(result.Report.ToJson())!["evidence"]!.AsArray();
        var moved = json[result.Report.Evidence.ToList().IndexOf(single)]!;
        ((bool)moved["reanchored"]!).Should().BeTrue();
        ((bool)moved["offsetsChanged"]!).Should().BeTrue();
        ((bool)moved["quoteChanged"]!).Should().BeFalse();
        ((int)moved["new"]!["length"]!).Should().Be("No executions have been reported since 1989.".Length);
        ((bool)json[result.Report.Evidence.ToList().IndexOf(spanning)]!["quoteChanged"]!).Should().BeTrue();
    }

    [Fact]
    public void A_reworded_lead_sentence_needs_review_with_its_word_by_word_difference()
    {
        var revised = Revisions.Article
            .ReplaceOnce("(NGO)s have raised concerns about", "(NGO)s have raised repeated serious concerns about")
            .ReplaceOnce("legislative measures which impact on human rights", "legislative measures which impact negatively on human rights");

        var result = Revisions.Reanchor(revised);

        var lead = result.Record("amnesty-international").Evidence.Single();
        lead.Status.Should().Be(EvidenceStatus.Changed);
        lead.Reanchored.Should().BeFalse("words other than citation markers and typography changed");
        lead.NeedsReview.Should().BeTrue();
        lead.NewQuote.Should().EndWith("(NGO)s have raised repeated serious concerns");
        lead.FactDifferences.Should().BeEmpty("no number, name or qualifier differs: the report says so and shows the words");
        lead.WordDiff.Should().ContainSingle(p => p.Change == WordChange.Inserted).Which.Text.Should().Be("repeated serious ");
        result.Record("amnesty-international").Status.Should().Be(RecordStatus.NeedsReview);
        var measures = result.Record("concern-legislative-measures");
        measures.Status.Should().Be(RecordStatus.NeedsReview);
        measures.Evidence.Should().Contain(e => e.NewQuote == "legislative measures which impact negatively on human rights" && !e.Reanchored);
        result.IsComplete.Should().BeFalse();
        result.Report.SuggestedDataVersion.Should().BeNull();
        Encoding.UTF8.GetString(result.DatasetUtf8Json.Span).Should().Contain("\"quote\": \"legislative measures which impact on human rights\"", "the draft keeps the old quote");
        result.Report.ToMarkdown().Should().Contain("fact words: none differ (no number, name or qualifier), but other words do")
            .And.Contain("have raised **repeated serious** concerns", "white space stays outside the markers, or Markdown does not close them");
    }

    [Fact]
    public void A_lower_case_change_of_meaning_is_never_written_and_the_records_need_review()
    {
        var revised = Revisions.Article
            .ReplaceOnce("Laos ratified the International Covenant", "Laos signed the International Covenant")
            .ReplaceOnce("groups were released in October 2004.", "groups were freed in October 2004.");

        var result = Revisions.Reanchor(revised);

        result.IsComplete.Should().BeFalse("'ratified' → 'signed' changes the fact although no number, name or qualifier does");
        result.Report.SuggestedDataVersion.Should().BeNull();
        var ratification = result.Record("iccpr-ratification-2009");
        ratification.Status.Should().Be(RecordStatus.NeedsReview);
        var evidence = ratification.Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Changed);
        evidence.Reanchored.Should().BeFalse();
        evidence.WordDiff.Should().Contain(new WordDiffPart(WordChange.Deleted, "ratified")).And.Contain(new WordDiffPart(WordChange.Inserted, "signed"));
        ratification.StaleText.Should().Equal("summary: 'ratifies'");
        var released = result.Report.Evidence.Where(e => e.OldQuote.Contains("were released in October 2004", StringComparison.Ordinal)).ToList();
        released.Should().NotBeEmpty().And.OnlyContain(e => e.NeedsReview && !e.Reanchored);
        result.Report.Records.Where(r => r.Evidence.Any(released.Contains)).Should().NotBeEmpty()
            .And.OnlyContain(r => r.Status == RecordStatus.NeedsReview);
        Encoding.UTF8.GetString(result.DatasetUtf8Json.Span).Should().Contain("Laos ratified the International Covenant", "the draft keeps the old quote");
        result.Report.ToMarkdown().Should().Contain("free text that repeats words the new wording no longer has: summary: 'ratifies'");
    }

    [Fact]
    public void An_inserted_clause_is_taken_into_the_quote_for_review()
    {
        var revised = Revisions.Article.ReplaceOnce(
            "ethnic Hmong hiding in the jungle leads to", "ethnic Hmong hiding in the jungle, which remains grave, leads to");

        var result = Revisions.Reanchor(revised);

        var record = result.Record("hmong-steady-stream-to-thailand");
        record.Status.Should().Be(RecordStatus.NeedsReview, "'which remains grave' is new wording, not typography");
        var evidence = record.Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Changed);
        evidence.Reanchored.Should().BeFalse();
        evidence.NewQuote.Should().StartWith("the situation for groups of ethnic Hmong hiding in the jungle, which remains grave, leads to a steady stream of");
        evidence.Similarity.Should().BeGreaterThan(0.8).And.BeLessThan(1);
        evidence.WordDiff.Should().Contain(new WordDiffPart(WordChange.Inserted, ", which remains grave,"));
        result.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void An_inserted_sentence_is_reported_and_a_deleted_one_leaves_its_records_unsupported()
    {
        const string inserted = "The death penalty remains in force, although no executions have been carried out for decades.";
        var revised = Revisions.Article
            .ReplaceOnce(" Some officials and police have facilitated and profited from sex trafficking in Laos.", "")
            .ReplaceOnce("According to US NGO The Centre for Public Policy Analysis, Christian and independent Buddhist and animist believers were being persecuted.\n\n", "")
            .ReplaceOnce("No executions have been reported since 1989.", "No executions have been reported since 1989. " + inserted);

        var result = Revisions.Reanchor(revised);

        result.Record("officials-police-sex-trafficking").Status.Should().Be(RecordStatus.Unsupported);
        result.Record("officials-police-sex-trafficking").Evidence.Single().Status.Should().Be(EvidenceStatus.Lost);
        result.Record("officials").Status.Should().Be(RecordStatus.Unsupported);
        result.Record("police").Status.Should().Be(RecordStatus.Unsupported);
        result.Record("centre-for-public-policy-analysis").Status.Should().Be(RecordStatus.NeedsReview, "the NGO keeps its quote in the lead, but the other is gone");
        result.Record("no-executions-reported-since-1989").Status.Should().Be(RecordStatus.Supported);
        result.IsComplete.Should().BeFalse();
        result.Dataset.Should().BeNull();
        var added = result.Report.UnquotedSentences.Should().ContainSingle(s => s.Text.StartsWith("The death penalty", StringComparison.Ordinal)).Subject;
        added.Text.Should().Be(inserted);
        added.SectionPath.Should().Equal("Human rights in Laos");
        Encoding.UTF8.GetString(result.DatasetUtf8Json.Span).Should().Contain("\"quote\": \"Some officials and police have facilitated and profited from sex trafficking in Laos.\"",
            "an unsupported record keeps its quote for a person to resolve");
    }

    [Fact]
    public void A_moved_section_moves_its_quotes_and_keeps_their_section()
    {
        var section = Revisions.Article[Revisions.Article.IndexOf("==Freedom of religion==", StringComparison.Ordinal)..Revisions.Article.IndexOf("==See also==", StringComparison.Ordinal)];
        var revised = Revisions.Article.ReplaceOnce(section, "").ReplaceOnce("==Individual cases==", section + "==Individual cases==");

        var result = Revisions.Reanchor(revised);

        result.IsComplete.Should().BeTrue();
        var score = result.Record("religious-freedom-score-2023").Evidence.Single();
        score.Status.Should().Be(EvidenceStatus.Moved);
        score.NewStart.Should().BeLessThan(score.OldStart);
        score.NewSectionPath.Should().Equal("Human rights in Laos", "Freedom of religion");
        result.Dataset!.Scores["religious-freedom-score-2023"].Evidence[0].Start.Should().Be(score.NewStart);
        result.Dataset.Events["iccpr-ratification-2009"].Evidence[0].SectionPath.Should().Equal("Human rights in Laos", "Official Lao position on human rights");
    }

    [Fact]
    public void A_changed_number_is_never_written_and_the_records_need_review()
    {
        var revised = Revisions.Article.ReplaceOnce("As many as 200,000 Hmong", "As many as 300,000 Hmong");

        var result = Revisions.Reanchor(revised);

        var figure = result.Record("hmong-exile-thailand-count");
        figure.Status.Should().Be(RecordStatus.NeedsReview);
        var evidence = figure.Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Changed);
        evidence.Reanchored.Should().BeFalse();
        evidence.NewQuote.Should().Be("As many as 300,000 Hmong went into exile in Thailand");
        evidence.FactDifferences.Should().Equal("removed '200,000'", "added '300,000'");
        evidence.WordDiff.Should().Contain(new WordDiffPart(WordChange.Deleted, "200")).And.Contain(new WordDiffPart(WordChange.Inserted, "300"));
        result.Record("hmong-exile-thailand").Status.Should().Be(RecordStatus.NeedsReview);
        result.Report.UnheldNumbers.Should().ContainSingle(n => n.Token == "300,000");
        result.IsComplete.Should().BeFalse();
        result.Report.SuggestedDataVersion.Should().BeNull();

        var draft = JsonNode.Parse(result.DatasetUtf8Json.Span)!["figures"]!.AsArray().Single(f => (string?)f!["id"] == "hmong-exile-thailand-count")!;
        ((long)draft["value"]!).Should().Be(200_000, "the tool never changes a typed value");
        ((string?)draft["evidence"]![0]!["quote"]).Should().Be("As many as 200,000 Hmong went into exile in Thailand", "the record keeps its quote");
        result.Report.ToMarkdown().Should().Contain("As many as ~~200~~**300**,000 Hmong went into exile in Thailand")
            .And.Contain("  - new, at 3280, length 52 (UTF-16 code units), in Human rights in Laos");
        result.Record("hmong-exile-thailand").StaleText.Should().Equal("summary: '200'");
        figure.StaleText.Should().Equal(["wording: '200'"], "the figure's wording repeats the number");
        var item = JsonNode.Parse(result.Report.ToJson())!["evidence"]!.AsArray()[result.Report.Evidence.ToList().IndexOf(evidence)]!;
        ((bool)item["reanchored"]!).Should().BeFalse();
        ((bool)item["offsetsChanged"]!).Should().BeFalse();
        ((bool)item["quoteChanged"]!).Should().BeFalse();
        ((int)item["new"]!["length"]!).Should().Be(52);
        evidence.ToString().Should().Be("changed 3280 → 3280 (0.942, review): \"As many as 200,000 Hmong went into exile in Thailand\"");
        figure.ToString().Should().Be("hmong-exile-thailand-count (figures): needs-review");
        result.ToString().Should().StartWith("needs review: b5dcb495… → ").And.Contain("changed").And.Contain("need review");
    }

    [Fact]
    public void A_dropped_qualifier_is_never_written_and_the_figure_needs_review()
    {
        var revised = Revisions.Article.ReplaceOnce("Around 5,000 Hmong people", "5,000 Hmong people");

        var result = Revisions.Reanchor(revised);

        var figure = result.Record("hmong-seeking-asylum-wat-tham-krabok");
        figure.Status.Should().Be(RecordStatus.NeedsReview);
        var evidence = figure.Evidence.Single();
        evidence.Status.Should().Be(EvidenceStatus.Changed);
        evidence.Reanchored.Should().BeFalse();
        evidence.NewQuote.Should().Be("5,000 Hmong people who were not resettled");
        evidence.FactDifferences.Should().Equal("removed 'around'");
        evidence.WordDiff[0].Should().Be(new WordDiffPart(WordChange.Deleted, "Around "));
        result.Record("hmong-already-at-wat-tham-krabok").Status.Should().Be(RecordStatus.Supported, "'more than 10,000' did not change");
        result.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Straight_to_curly_quotes_re_anchor_every_record_without_review()
    {
        var revised = Revisions.WithCurlyQuotes(Revisions.Article);
        revised.Should().Contain("\u201Cbetrayal,\u201D").And.Contain("Hmong\u2019s");

        var result = Revisions.Reanchor(revised);

        result.IsComplete.Should().BeTrue();
        var betrayal = result.Record("johns-betrayal").Evidence.Single();
        betrayal.Status.Should().Be(EvidenceStatus.Changed);
        betrayal.Reanchored.Should().BeTrue();
        betrayal.Similarity.Should().Be(1, "typographic variants are the same wording");
        betrayal.NewQuote.Should().Be("labeled the Hmong\u2019s repatriation a Clinton administration \u201Cbetrayal,\u201D");
        result.Dataset!.Quotations["johns-betrayal"].Text.Should().Be("betrayal");
        result.Record("lao-peoples-army").Status.Should().Be(RecordStatus.Supported);
    }
}
