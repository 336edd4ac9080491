using FluentAssertions;
using LaosRights.Data.Reanchor.Text;
using Xunit;

namespace LaosRights.Data.Reanchor.Tests.Text;

/// <summary>The rules behind the classification: fact words, typography, sentences, similarity.</summary>
public sealed class TextRuleTests
{
    [Theory]
    [InlineData("As many as 200,000 Hmong", "As many as 200,000[3] Hmong")]
    [InlineData("a Clinton administration \"betrayal,\"", "a Clinton administration \u201Cbetrayal,\u201D")]
    [InlineData("the Hmong's repatriation", "the Hmong\u2019s repatriation")]
    [InlineData("which impact on human rights", "which impact negatively on human rights")]
    [InlineData("political and religious dissidents", "political and religious dissidents[citation needed]")]
    public void Citation_markers_typography_and_plain_words_are_no_fact_difference(string before, string after)
    {
        Facts.Differences(before, after).Should().BeEmpty();
    }

    [Theory]
    [InlineData("As many as 200,000 Hmong", "As many as 300,000 Hmong", "removed '200,000'", "added '300,000'")]
    [InlineData("Around 5,000 Hmong people", "5,000 Hmong people", "removed 'around'")]
    [InlineData("The surviving 3 men should have been released", "The surviving 3 men were released", "removed 'should have'")]
    [InlineData("The government of Laos has been accused of committing genocide", "The government of Laos has committed genocide", "removed 'accused'")]
    [InlineData("Laos ratified the covenant", "Laos has not ratified the covenant", "added 'not'")]
    [InlineData("released in October 2004", "released in November 2004", "removed 'October'", "added 'November'")]
    [InlineData("filmmaker Rebecca Sommer documented", "filmmaker Rebecca Summer documented", "removed 'Sommer'", "added 'Summer'")]
    [InlineData("more than 10,000 Hmong refugees", "10,000 Hmong refugees", "removed 'more than'")]
    [InlineData("5,000 sought asylum where 10,000 were living", "10,000 sought asylum where 5,000 were living", "reordered: '5,000', '10,000' became '10,000', '5,000'")]
    public void Numbers_dates_names_and_qualifiers_are_fact_differences(string before, string after, params string[] expected)
    {
        Facts.Differences(before, after).Should().Equal(expected);
    }

    [Theory]
    [InlineData("As many as 200,000 Hmong", "As many as 200,000[3] Hmong")]
    [InlineData("change in Laos. The surviving 3 men", "change in Laos.[12] The surviving 3 men")]
    [InlineData("a Clinton administration \"betrayal,\"", "a Clinton administration \u201Cbetrayal,\u201D")]
    [InlineData("the Hmong's repatriation", "the Hmong\u2019s repatriation")]
    [InlineData("1975 - 1979", "1975 \u2013 1979")]
    [InlineData("political and religious dissidents", "political  and\u00A0religious\ndissidents[citation needed]")]
    [InlineData("and so on...", "and so on\u2026")]
    public void Citation_markers_and_typography_alone_keep_the_same_wording(string before, string after)
    {
        Typography.SameWording(before, after).Should().BeTrue();
    }

    [Theory]
    [InlineData("Laos ratified the International Covenant", "Laos signed the International Covenant")]
    [InlineData("were released in October 2004", "were freed in October 2004")]
    [InlineData("which impact on human rights", "which impact negatively on human rights")]
    [InlineData("Laos ratified the covenant", "laos ratified the covenant")]
    [InlineData("the Hmong's repatriation", "the Hmongs repatriation")]
    public void Any_other_word_difference_is_another_wording(string before, string after)
    {
        Typography.SameWording(before, after).Should().BeFalse();
    }

    [Fact]
    public void The_first_word_of_a_sentence_is_a_name_only_when_capitalised_elsewhere_or_known()
    {
        Facts.Differences("The men were freed. Laos agreed", "Because the men were freed. Laos agreed").Should().BeEmpty();
        Facts.Differences("Laos ratified it", "Vietnam ratified it").Should().BeEmpty("first words, capitalised nowhere else and not known names");
        Facts.Differences("Laos ratified it", "Vietnam ratified it", knownNames: new HashSet<string> { "Laos" }).Should().Equal("removed 'Laos'");
        Facts.Differences("Laos ratified it. Then Laos left", "Thailand ratified it. Then Laos left").Should().Equal("removed 'Laos'");
        Facts.Differences("He met Rebecca Sommer", "He met Rebecca Summer").Should().Equal("removed 'Sommer'", "added 'Summer'");
    }

    [Fact]
    public void Number_tokens_leave_trailing_punctuation_out()
    {
        NumericCoverage.Token().Matches("In 2009, 1,000 people; on the 19th. 200,000.").Select(m => m.Value)
            .Should().Equal("2009", "1,000", "19th", "200,000");
    }

    [Fact]
    public void Plain_keeps_every_offset()
    {
        const string text = "\u201CIt\u2019s\u201D \u2013 a\u00A0test";
        var plain = Typography.Plain(text);
        plain.Should().Be("\"It's\" - a test");
        plain.Length.Should().Be(text.Length);
    }

    [Fact]
    public void Sentences_split_after_stops_but_not_after_initials()
    {
        const string text = "= T =\nPresident George W. Bush's Patriot Act applies. It was submitted to the U.N. in May 2006.[5] Next one.\n- a list item\n";

        var sentences = Sentences.Split(text).Select(s => text[s.Start..s.End]).ToList();

        sentences.Should().Equal(
            "President George W. Bush's Patriot Act applies.",
            "It was submitted to the U.N. in May 2006.[5]",
            "Next one.",
            "- a list item");
    }

    [Fact]
    public void Similarity_is_1_for_typographic_variants_and_falls_with_each_changed_word()
    {
        Alignment.Similarity("\"betrayal,\"", "\u201Cbetrayal,\u201D").Should().Be(1);
        var one = Alignment.Similarity("As many as 200,000 Hmong went into exile", "As many as 300,000 Hmong went into exile");
        var two = Alignment.Similarity("As many as 200,000 Hmong went into exile", "As many as 300,000 Hmong fled into exile");
        one.Should().BeLessThan(1).And.BeGreaterThan(two);
        Alignment.Similarity("Some officials and police", "Unrelated words entirely").Should().BeLessThan(0.3);
    }

    [Fact]
    public void The_alignment_widens_a_span_whose_first_word_was_replaced()
    {
        const string before = "process. Around 5,000 Hmong people sought asylum.";
        const string after = "process. About 5,000 Hmong people sought asylum.";
        var alignment = new Alignment(before, after);

        var (start, end) = alignment.Map(9, 9 + "Around 5,000 Hmong people".Length);

        after[start..end].Should().Be("About 5,000 Hmong people");
    }
}
