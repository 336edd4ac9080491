using FluentAssertions;
using LaosRights.Data.Workbook;
using Xunit;

namespace LaosRights.Data.Export.Tests;

/// <summary>The workbook's dates in words: every form the data uses, and the qualifiers.</summary>
public class DateWordsTests
{
    [Theory]
    [InlineData("2009-09-25", "25 September 2009")]
    [InlineData("1999-10", "October 1999")]
    [InlineData("1990", "1990")]
    [InlineData("199X", "1990s")]
    [InlineData("18XX", "19th century")]
    [InlineData("2004/2005", "2004 to 2005")]
    [InlineData("1989/..", "1989 onwards")]
    [InlineData("../2009-10", "by October 2009")]
    [InlineData("18XX/..", "since the 19th century")]
    [InlineData("2009~", "about 2009")]
    [InlineData("2009?", "possibly 2009")]
    [InlineData("2009%", "possibly about 2009")]
    public void Readable_is_the_models_display_form(string edtf, string words) =>
        DateWords.Readable(PartialDateInterval.Parse(edtf)).Should().Be(words);

    [Theory]
    [InlineData("2009-09-25", "The day 25 September 2009.")]
    [InlineData("1999-10", "Some time in October 1999: any day from 1 October 1999 to 31 October 1999; the article gives the month only.")]
    [InlineData("2004/2005", "An interval from some time in 2004 to some time in 2005: from 1 January 2004 to 31 December 2005 at the widest.")]
    [InlineData("../2009", "An interval whose start the article does not give, ending in 2009: on or before 31 December 2009.")]
    [InlineData("1989/..", "An interval starting in 1989, with no end given: on or after 1 January 1989.")]
    [InlineData("2009~", "Some time in 2009: any day from 1 January 2009 to 31 December 2009; the article gives the year only. Approximate, as the article says.")]
    public void Days_gives_the_days_and_the_precision(string edtf, string days) =>
        DateWords.Days(PartialDateInterval.Parse(edtf)).Should().Be(days);

    [Fact]
    public void Meaning_says_what_the_date_is_of_and_how_the_entry_was_placed()
    {
        var chronology = LaosRightsDataset.Default.Chronology();

        DateWords.Meaning(chronology.Single(e => e.Id == "iccpr-ratification-2009"))
            .Should().Be("When it happened. The day 25 September 2009. As the article states it.");
        var derived = chronology.First(e => e.Placement == ChronologyPlacement.Derived);
        DateWords.Meaning(derived).Should().EndWith("Derived: " + derived.Rule);
        var sequence = chronology.First(e => e.Placement == ChronologyPlacement.Sequence);
        DateWords.Meaning(sequence).Should().Contain("placed by its sequence: " + sequence.Rule);
        var expected = chronology.First(e => e.DateMeaning == DateMeaning.Expected);
        DateWords.Meaning(expected).Should().StartWith("When it was expected or due, not that it happened.");
        DateWords.Meaning(chronology.Last(e => e.Placement == ChronologyPlacement.Narrative)).Should().StartWith("Undated: nothing in the article places it in time");
    }
}
