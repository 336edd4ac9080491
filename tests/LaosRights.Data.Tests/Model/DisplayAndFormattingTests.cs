using System.Globalization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>Issue 13, items 5, 6 and 10: display forms, IParsable/IFormattable, DateOnly, and the EDTF subset the dates speak.</summary>
public class DisplayAndFormattingTests
{
    /// <summary>Every date of the shipped data, with the English a reader expects for it.</summary>
    private static readonly Dictionary<string, string> ExpectedDisplay = new()
    {
        ["18XX/.."] = "since the 19th century",
        ["1989/.."] = "1989 onwards",
        ["../2009"] = "by the end of 2009",
        ["../2009-10"] = "by October 2009",
        ["1990"] = "1990",
        ["1991"] = "1991",
        ["1995-10-23"] = "23 October 1995",
        ["1996"] = "1996",
        ["1998"] = "1998",
        ["1999-10"] = "October 1999",
        ["1999-09/2001-03"] = "September 1999 to March 2001",
        ["2003"] = "2003",
        ["2004-10"] = "October 2004",
        ["2004/2005"] = "2004 to 2005",
        ["2006-05"] = "May 2006",
        ["2009-09-25"] = "25 September 2009",
        ["2009-12-27"] = "27 December 2009",
        ["2009-12-27/.."] = "27 December 2009 onwards",
        ["2023"] = "2023",
    };

    private static IEnumerable<PartialDateInterval> DatesOfTheData()
    {
        var data = LaosRightsDataset.Default;
        return data.Events.Select(e => e.Date)
            .Concat(data.Figures.Select(f => f.Date))
            .Concat(data.Sources.Select(s => s.Date))
            .Concat(data.Claims.Select(c => c.Date))
            .Concat(data.Quotations.Select(q => q.Date))
            .Concat(data.Scores.Select(s => (PartialDateInterval?)s.Edition))
            .Concat(data.Rankings.Select(r => (PartialDateInterval?)r.Edition))
            .OfType<PartialDateInterval>()
            .Distinct();
    }

    [Fact]
    public void Every_date_in_the_data_has_natural_English_display_text()
    {
        var dates = DatesOfTheData().ToList();
        dates.Should().HaveCountGreaterThan(10).And.Contain(PartialDateInterval.Parse("18XX/.."));
        foreach (var date in dates)
        {
            ExpectedDisplay.Should().ContainKey(date.ToString(), "every date of the data needs its expected display form in this test");
            date.ToDisplayString().Should().Be(ExpectedDisplay[date.ToString()]);
            date.ToString("D", null).Should().Be(date.ToDisplayString());
            $"{date:D}".Should().Be(date.ToDisplayString());
        }
    }

    [Theory]
    [InlineData("2009-09-25", "25 September 2009")]
    [InlineData("2009-09-05", "5 September 2009")]
    [InlineData("1999-10", "October 1999")]
    [InlineData("1990", "1990")]
    [InlineData("199X", "1990s")]
    [InlineData("18XX", "19th century")]
    [InlineData("20XX", "21st century")]
    [InlineData("00XX", "1st century")]
    [InlineData("01XX", "2nd century")]
    [InlineData("02XX", "3rd century")]
    [InlineData("10XX", "11th century")]
    [InlineData("11XX", "12th century")]
    [InlineData("12XX", "13th century")]
    [InlineData("0042", "42")]
    [InlineData("1990~", "about 1990")]
    [InlineData("1990?", "possibly 1990")]
    [InlineData("1990%", "possibly about 1990")]
    [InlineData("199X~", "about the 1990s")]
    public void A_date_displays_at_its_precision(string edtf, string expected)
    {
        var date = PartialDate.Parse(edtf);
        date.ToDisplayString().Should().Be(expected);
        PartialDateInterval.Single(date).ToDisplayString().Should().Be(expected);
        date.ToString("D", CultureInfo.GetCultureInfo("fr-FR")).Should().Be(expected, "the display form is culture-invariant English");
    }

    [Theory]
    [InlineData("199X/..", "since the 1990s")]
    [InlineData("18XX/..", "since the 19th century")]
    [InlineData("1999-10/..", "October 1999 onwards")]
    [InlineData("../199X", "by the 1990s")]
    [InlineData("../2009-09-25", "by 25 September 2009")]
    [InlineData("1999-10/2004", "October 1999 to 2004")]
    [InlineData("199X/2004~", "1990s to about 2004")]
    public void An_interval_displays_as_a_reader_says_it(string edtf, string expected) =>
        PartialDateInterval.Parse(edtf).ToDisplayString().Should().Be(expected);

    [Fact]
    public void Format_E_is_EDTF_and_other_formats_are_rejected()
    {
        var date = PartialDate.Parse("2009-09-25");
        var interval = PartialDateInterval.Parse("1989/..");
        date.ToString("E", null).Should().Be("2009-09-25");
        date.ToString(null, null).Should().Be("2009-09-25");
        date.ToString("", null).Should().Be("2009-09-25");
        interval.ToString("E", null).Should().Be("1989/..");
        string.Format(CultureInfo.InvariantCulture, "{0} | {0:D}", interval).Should().Be("1989/.. | 1989 onwards");
        ((Action)(() => date.ToString("d", null))).Should().Throw<FormatException>().WithMessage("*'d'*\"E\"*\"D\"*");
        ((Action)(() => interval.ToString("yyyy", null))).Should().Throw<FormatException>();
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string? text, out T result)
        where T : IParsable<T> => T.TryParse(text, null, out result!);

    private static T SpanParseVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    private static bool SpanTryParseVia<T>(string text, out T result)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), null, out result!);

    [Fact]
    public void The_date_types_are_IParsable_and_ISpanParsable()
    {
        ParseVia<PartialDate>("1999-10").Should().Be(PartialDate.FromYearMonth(1999, 10));
        SpanParseVia<PartialDate>("18XX").Should().Be(PartialDate.FromCentury(1800));
        ParseVia<PartialDateInterval>("2004/2005").ToDisplayString().Should().Be("2004 to 2005");
        SpanParseVia<PartialDateInterval>("../2009-10").IsOpenStart.Should().BeTrue();
        SpanTryParseVia<PartialDateInterval>("1989/..", out var since).Should().BeTrue();
        since.Should().Be(PartialDateInterval.Since(PartialDate.FromYear(1989)));

        ((Action)(() => ParseVia<PartialDate>("2009-13"))).Should().Throw<FormatException>().WithMessage("*month 13*");
        ((Action)(() => SpanParseVia<PartialDateInterval>("1985/"))).Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("1985/")]
    [InlineData("2009-02-30")]
    [InlineData(null)]
    public void A_failed_TryParse_returns_false_and_default(string? text)
    {
        TryParseVia<PartialDate>(text, out var date).Should().BeFalse();
        date.Should().Be(default(PartialDate));
        TryParseVia<PartialDateInterval>(text, out var interval).Should().BeFalse();
        interval.Should().Be(default(PartialDateInterval));
        PartialDateInterval.TryParse(text, out interval).Should().BeFalse();
        interval.Should().Be(default(PartialDateInterval));
        if (text is not null)
        {
            SpanTryParseVia<PartialDateInterval>(text, out interval).Should().BeFalse();
            interval.Should().Be(default(PartialDateInterval));
        }
    }

    [Fact]
    public void DateOnly_overloads_for_users_who_do_not_use_NodaTime()
    {
        PartialDate.FromDateOnly(new DateOnly(2009, 9, 25)).Should().Be(PartialDate.FromDate(2009, 9, 25));
        PartialDate.Parse("2009").Contains(new DateOnly(2009, 12, 31)).Should().BeTrue();
        PartialDate.Parse("2009").Contains(new DateOnly(2010, 1, 1)).Should().BeFalse();
        PartialDateInterval.FromDateOnly(new DateOnly(2009, 9, 25), new DateOnly(2009, 9, 25)).IsSingle.Should().BeTrue();
        PartialDateInterval.FromDateOnly(new DateOnly(2004, 1, 1), new DateOnly(2005, 12, 31)).ToString().Should().Be("2004-01-01/2005-12-31");
        ((Action)(() => PartialDateInterval.FromDateOnly(new DateOnly(2005, 1, 1), new DateOnly(2004, 1, 1)))).Should().Throw<ArgumentException>();

        var data = LaosRightsDataset.Default;
        var september2009 = data.Events.During(new DateOnly(2009, 9, 1), new DateOnly(2009, 9, 30), DateMatch.Certainly).Select(e => e.Id);
        september2009.Should().Equal(data.Events.During(new DateInterval(new LocalDate(2009, 9, 1), new LocalDate(2009, 9, 30)), DateMatch.Certainly).Select(e => e.Id))
            .And.Contain("iccpr-ratification-2009");
        data.Figures.During(new DateOnly(1999, 10, 1), new DateOnly(1999, 10, 31)).Select(f => f.Id).Should().Contain("poster-arrests-1999-arrested");
        data.Claims.During(new DateOnly(2009, 12, 27), new DateOnly(2009, 12, 27)).Select(c => c.Id).Should().Contain("nyt-thai-military-preparing-return");
        ((Action)(() => data.Events.During(new DateOnly(2009, 2, 1), new DateOnly(2009, 1, 1)))).Should().Throw<ArgumentException>().WithParameterName("to");
    }

    [Theory]
    [InlineData("2009-09-25T10:00:00", "expected a qualifier")]
    [InlineData("2009-09-25T10:00:00Z", "expected a qualifier")]
    [InlineData("2009-XX", "month digit")]
    [InlineData("2009-10-XX", "day digit")]
    [InlineData("1XXX", "unspecified digit 'X' at position 1 is not supported")]
    [InlineData("-0100", "sign '-' at position 0 is not supported")]
    [InlineData("+2009", "sign '+' at position 0 is not supported")]
    [InlineData("Y170000002", "expected a year digit")]
    [InlineData("20091", "expected '-', a qualifier")]
    [InlineData("2001-21", "month 21")]
    [InlineData("2004-?06", "month digit")]
    [InlineData("?2004", "expected a year digit")]
    [InlineData("[1667,1668]", "expected a year digit")]
    [InlineData("199x", "lower-case 'x'")]
    public void Unsupported_EDTF_is_a_FormatException_that_says_what_is_wrong(string text, string message)
    {
        ((Action)(() => PartialDate.Parse(text))).Should().Throw<FormatException>().WithMessage($"*{message}*");
        ((Action)(() => PartialDateInterval.Parse(text))).Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("1985/", "unknown ends are not supported; write '1985/..' for an open end")]
    [InlineData("/1985", "unknown starts are not supported; write '../1985' for an open start")]
    [InlineData("../..", "cannot be open at both ends")]
    [InlineData("2009-01-01T00:00/P1M", "expected a qualifier")]
    [InlineData("2004/2005/2006", "a second '/'")]
    public void Unknown_ends_and_other_unsupported_intervals_are_named_in_the_error(string text, string message) =>
        ((Action)(() => PartialDateInterval.Parse(text))).Should().Throw<FormatException>().WithMessage($"*{message}*");

    [Fact]
    public void Every_vocabulary_value_has_a_display_name()
    {
        Check<Topic>(v => v.ToDisplayName());
        Check<Standing>(v => v.ToDisplayName());
        Check<ActorKind>(v => v.ToDisplayName());
        Check<ActorRole>(v => v.ToDisplayName());
        Check<PlaceKind>(v => v.ToDisplayName());
        Check<SourceKind>(v => v.ToDisplayName());
        Check<EventRelationKind>(v => v.ToDisplayName());
        Check<QuantityBound>(v => v.ToDisplayName());
        Check<QuantityKind>(v => v.ToDisplayName());
        Check<QuantityUnit>(v => v.ToDisplayName());
        Check<RankDirection>(v => v.ToDisplayName());
        Check<DatePrecision>(v => v.ToDisplayName());
        Check<DateMeaning>(v => v.ToDisplayName());

        Topic.FreedomOfReligion.ToDisplayName().Should().Be("Freedom of religion");
        Topic.CooperationWithUnMechanisms.ToDisplayName().Should().Be("Cooperation with UN mechanisms");
        Topic.TortureAndIllTreatment.ToDisplayName().Should().Be("Torture and ill-treatment");
        Standing.ConcernRaised.ToDisplayName().Should().Be("Concern raised");
        ActorKind.NonGovernmentalOrganization.ToDisplayName().Should().Be("Non-governmental organization");
        ActorRole.Criticized.ToDisplayName().Should().Be("Criticized");
        QuantityBound.AtMost.ToDisplayName().Should().Be("At most");
        ((Action)(() => ((Topic)99).ToDisplayName())).Should().Throw<ArgumentOutOfRangeException>();

        static void Check<T>(Func<T, string> name)
            where T : struct, Enum
        {
            var names = Enum.GetValues<T>().Select(name).ToList();
            names.Should().OnlyContain(n => n.Length > 0 && char.IsUpper(n[0]) && n.Trim() == n, typeof(T).Name);
            names.Should().OnlyHaveUniqueItems(typeof(T).Name);
            // Sentence case: the member's words, lower-cased after the first, except acronyms ("UN").
            foreach (var value in Enum.GetValues<T>())
            {
                var words = System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<!^)([A-Z])", " $1").ToUpperInvariant();
                name(value).Replace("-", " ", StringComparison.Ordinal).ToUpperInvariant().Should().Be(words, $"{typeof(T).Name}.{value}");
            }
        }
    }
}
