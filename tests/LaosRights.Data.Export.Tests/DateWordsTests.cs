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
    [InlineData("199X", "the 1990s")]
    [InlineData("18XX", "the 1800s (century)")]
    [InlineData("2004/2005", "2004 to 2005")]
    [InlineData("1989/..", "from 1989 on")]
    [InlineData("../2009-10", "until October 2009")]
    [InlineData("18XX/..", "from the 1800s (century) on")]
    [InlineData("2009~", "about 2009")]
    [InlineData("2009?", "2009 (uncertain)")]
    [InlineData("2009%", "about 2009 (uncertain)")]
    public void Readable_says_the_date_at_its_own_precision(string edtf, string words) =>
        DateWords.Readable(PartialDateInterval.Parse(edtf)).Should().Be(words);

    [Theory]
    [InlineData("2009-09-25", null, "The day 25 September 2009. As the article states it.")]
    [InlineData("1999-10", null, "Some time in October 1999: any day from 1 October 1999 to 31 October 1999; the article gives the month only. As the article states it.")]
    [InlineData("2004/2005", null, "An interval from some time in 2004 to some time in 2005: from 1 January 2004 to 31 December 2005 at the widest. As the article states it.")]
    [InlineData("../2009", "By the end of the year named in the sentence.", "An interval whose start the article does not give, ending in 2009: on or before 31 December 2009. Derived: By the end of the year named in the sentence.")]
    [InlineData("1989/..", null, "An interval starting in 1989, with no end given: on or after 1 January 1989. As the article states it.")]
    [InlineData("2009~", null, "Some time in 2009: any day from 1 January 2009 to 31 December 2009; the article gives the year only. Approximate, as the article says. As the article states it.")]
    public void Meaning_gives_the_days_the_precision_and_the_derivation(string edtf, string? derivation, string meaning) =>
        DateWords.Meaning(PartialDateInterval.Parse(edtf), derivation).Should().Be(meaning);
}
