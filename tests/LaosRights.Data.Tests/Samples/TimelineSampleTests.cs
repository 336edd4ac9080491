using FluentAssertions;
using LaosRights.Timeline;
using Xunit;

namespace LaosRights.Data.Tests.Samples;

public class TimelineSampleTests
{
    [Fact]
    public void Timeline_prints_every_date_the_article_gives_in_order_with_its_meaning_then_undated_events()
    {
        using var output = new StringWriter();
        TimelineApp.Run(output).Should().Be(0);
        var text = output.ToString();

        var lines = text.Split('\n');
        int Line(string start, string meaning, string contains) =>
            Array.FindIndex(lines, l => l.StartsWith(start + " ", StringComparison.Ordinal) && l.Contains($" {meaning} ", StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal));

        // Item by item, the dates of the article: at their precision, with what they mean, in chronological order.
        int[] order =
        [
            Line("since the 19th century", "happened", "Hmong population"),
            Line("1989 onwards", "happened", "No executions"),
            Line("1990", "happened", "Three men arrested"),
            Line("1991", "promulgated", "Constitution of Laos"),
            Line("23 October 1995", "published", "National Review article of October 23, 1995"),
            Line("1996", "happened", "the U.S. agrees to resettle"),
            Line("1998", "happened", "third dissident dies"),
            Line("September 1999 to March 2001 (derived)", "happened", "Laos signs"),
            Line("October 1999", "happened", "30 people arrested"),
            Line("2003", "happened", "15,000"),
            Line("2004 to 2005", "happened", "Phetchabun"),
            Line("October 2004", "happened", "Two former government officials are released"),
            Line("May 2006", "submitted", "Report submitted to the U.N. in May 2006"),
            Line("25 September 2009", "happened", "ratifies"),
            Line("by October 2009", "expected", "surviving 3 men"),
            Line("27 December 2009", "published", "The New York Times report of December 27, 2009"),
            Line("by the end of 2009 (derived)", "deadline", "by the end of the year"),
            Line("27 December 2009 onwards (derived)", "published", "BBC report"),
            Line("2023", "edition", "1 out of 4 for religious freedom"),
            Line("2023 (derived)", "edition", "31st worst"),
            Array.IndexOf(lines, "== Undated events the article does not place in time, where it tells them =="),
        ];
        order.Should().NotContain(-1).And.BeInAscendingOrder();

        // Undated events in their place, marked as placed by the article's sequence.
        var closed = Line("1996 onwards (sequence)", "happened", "Thai refugee camps close");
        closed.Should().BeInRange(order[5], order[9]);
        lines[closed + 1].Should().Contain("placed by the article's sequence: after us-agreed-to-resettle-1996 (follows); after thai-camp-closure-pressure (follows); before hmong-sought-asylum-wat-tham-krabok (follows)");
        var started = Line("in sequence", "happened", "Repatriations of the Hmong asylum seekers start"); // no date: "the BBC later reported" dates only the report
        started.Should().BeInRange(order[16], order[17]);

        text.Should().Contain("standing: Reported by The New York Times");
        text.Should().Contain("\"On 25 September 2009, Laos ratified the International Covenant on Civil and Political Rights, 9 years after signing the treaty.\"");
        var narrative = LaosRightsDataset.Default.Chronology().Count(e => e.Placement == ChronologyPlacement.Narrative);
        lines.Count(l => l.StartsWith("undated ", StringComparison.Ordinal)).Should().Be(narrative).And.BePositive();
        lines.Should().Contain("undated                  happened    event     The Vue Mai incident (named but not described by the article)");
    }

    [Theory]
    [InlineData("2009-09-25", "25 September 2009")]
    [InlineData("1999-10", "October 1999")]
    [InlineData("1990", "1990")]
    [InlineData("18XX", "19th century")]
    [InlineData("20XX", "21st century")]
    [InlineData("199X", "1990s")]
    [InlineData("1989/..", "1989 onwards")]
    [InlineData("18XX/..", "since the 19th century")]
    [InlineData("../2009-10", "by October 2009")]
    [InlineData("2004/2005", "2004 to 2005")]
    [InlineData("1999/2001", "1999 to 2001")]
    [InlineData("1999-09/2001-03", "September 1999 to March 2001")]
    [InlineData("2009-12-27/..", "27 December 2009 onwards")]
    public void Dates_print_at_their_true_precision_with_the_librarys_display_form(string edtf, string expected)
    {
        // The sample has no formatter of its own: it prints PartialDateInterval.ToDisplayString().
        var date = PartialDateInterval.Parse(edtf);
        date.ToDisplayString().Should().Be(expected);
        var dated = LaosRightsDataset.Default.Chronology().Where(e => e.Date == date && e.Placement == ChronologyPlacement.Stated).ToList();
        if (dated.Count > 0)
        {
            using var output = new StringWriter();
            TimelineApp.Run(output).Should().Be(0);
            output.ToString().Split('\n').Should().Contain(l => l.StartsWith(expected + " ", StringComparison.Ordinal));
        }
    }
}
