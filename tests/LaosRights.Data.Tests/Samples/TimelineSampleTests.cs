using FluentAssertions;
using LaosRights.Timeline;
using Xunit;

namespace LaosRights.Data.Tests.Samples;

public class TimelineSampleTests
{
    [Fact]
    public void Timeline_prints_dated_events_in_order_at_their_precision_then_undated_events()
    {
        using var output = new StringWriter();
        TimelineApp.Run(output).Should().Be(0);
        var text = output.ToString();

        var lines = text.Split('\n');
        int Line(string start, string contains) =>
            Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal));

        var century = Line("since the 19th century ", "Hmong population");
        var since1989 = Line("1989 onwards ", "No executions");
        var arrested1990 = Line("1990 ", "Three men arrested");
        var posters = Line("October 1999 ", "30 people arrested");
        var ratified = Line("25 September 2009 ", "ratifies");
        var expected = Line("by October 2009 ", "surviving 3 men");
        var undated = Array.IndexOf(lines, "== Undated events, where the article tells them ==");
        new[] { century, since1989, arrested1990, posters, ratified, expected, undated }.Should().BeInAscendingOrder().And.NotContain(-1);

        text.Should().Contain("2000 (derived)");
        text.Should().Contain("standing: Reported by The New York Times");
        text.Should().Contain("standing: Expected");
        text.Should().Contain("\"On 25 September 2009, Laos ratified the International Covenant on Civil and Political Rights, 9 years after signing the treaty.\"");
        lines.Count(l => l.StartsWith("undated ", StringComparison.Ordinal)).Should().Be(LaosRightsDataset.Default.Events.Count(e => e.Date is null));
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
    public void Dates_print_at_their_true_precision_with_the_librarys_display_form(string edtf, string expected)
    {
        // The sample has no formatter of its own: it prints PartialDateInterval.ToDisplayString().
        var date = PartialDateInterval.Parse(edtf);
        date.ToDisplayString().Should().Be(expected);
        var dated = LaosRightsDataset.Default.Events.Where(e => e.Date == date).ToList();
        if (dated.Count > 0)
        {
            using var output = new StringWriter();
            TimelineApp.Run(output).Should().Be(0);
            output.ToString().Split('\n').Should().Contain(l => l.StartsWith(expected + " ", StringComparison.Ordinal) && l.Contains(dated[0].Summary, StringComparison.Ordinal));
        }
    }
}
