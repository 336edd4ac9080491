using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace LaosRights.Data.Tests.Model;

public sealed class PartialDateTests
{
    /// <summary>A spread of valid EDTF dates: every precision, every qualifier, the edges of the year range.</summary>
    internal static readonly string[] SampleTexts =
    [
        "00XX", "000X", "0000", "0000-01", "0000-02-29", "0042-07-04~",
        "18XX", "18XX?", "180X", "1800", "1800-01", "1800-01-01", "1800-01-01~", "1800-01-01?", "1800-01-01%",
        "1800-01-02", "189X", "1899", "1899-12", "1899-12-31",
        "1989", "199X", "199X~", "1990", "1990?", "1999-10", "1999-10%",
        "2004", "2005", "2009", "2009-09", "2009-09-25", "2009-09-25~", "2024-02", "2024-02-29",
        "99XX", "999X", "9999", "9999-12", "9999-12-31%",
    ];

    internal static PartialDate[] Samples => [.. SampleTexts.Select(PartialDate.Parse)];

    public static TheoryData<string> SampleTextData => [.. SampleTexts];

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Century_precision_covers_whole_century()
    {
        PartialDate date = PartialDate.FromCentury(1800);

        date.Precision.Should().Be(DatePrecision.Century);
        date.Year.Should().Be(1800);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.Earliest.Should().Be(new LocalDate(1800, 1, 1));
        date.Latest.Should().Be(new LocalDate(1899, 12, 31));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(1800, 1, 1), new LocalDate(1899, 12, 31)));
        date.ToString().Should().Be("18XX");
    }

    [Fact]
    public void Decade_precision_covers_whole_decade()
    {
        PartialDate date = PartialDate.FromDecade(1990);

        date.Precision.Should().Be(DatePrecision.Decade);
        date.Year.Should().Be(1990);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.Earliest.Should().Be(new LocalDate(1990, 1, 1));
        date.Latest.Should().Be(new LocalDate(1999, 12, 31));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31)));
        date.ToString().Should().Be("199X");
    }

    [Fact]
    public void Year_precision_covers_whole_year()
    {
        PartialDate date = PartialDate.FromYear(1990);

        date.Precision.Should().Be(DatePrecision.Year);
        date.Year.Should().Be(1990);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.Earliest.Should().Be(new LocalDate(1990, 1, 1));
        date.Latest.Should().Be(new LocalDate(1990, 12, 31));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1990, 12, 31)));
        date.ToString().Should().Be("1990");
    }

    [Fact]
    public void Month_precision_covers_whole_month()
    {
        PartialDate date = PartialDate.FromYearMonth(1999, 10);

        date.Precision.Should().Be(DatePrecision.Month);
        date.Year.Should().Be(1999);
        date.Month.Should().Be(10);
        date.Day.Should().BeNull();
        date.Earliest.Should().Be(new LocalDate(1999, 10, 1));
        date.Latest.Should().Be(new LocalDate(1999, 10, 31));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(1999, 10, 1), new LocalDate(1999, 10, 31)));
        date.ToString().Should().Be("1999-10");
    }

    [Theory]
    [InlineData(2024, 29)]
    [InlineData(2023, 28)]
    [InlineData(2000, 29)]
    [InlineData(1900, 28)]
    [InlineData(0, 29)]
    public void February_ends_on_the_last_day_of_february_in_that_year(int year, int lastDay)
    {
        PartialDate date = PartialDate.FromYearMonth(year, 2);

        date.Earliest.Should().Be(new LocalDate(year, 2, 1));
        date.Latest.Should().Be(new LocalDate(year, 2, lastDay));
        date.ToDateInterval().Length.Should().Be(lastDay);
    }

    [Fact]
    public void Day_precision_covers_single_day()
    {
        PartialDate date = PartialDate.FromDate(2009, 9, 25);

        date.Precision.Should().Be(DatePrecision.Day);
        date.Year.Should().Be(2009);
        date.Month.Should().Be(9);
        date.Day.Should().Be(25);
        date.Earliest.Should().Be(new LocalDate(2009, 9, 25));
        date.Latest.Should().Be(new LocalDate(2009, 9, 25));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(2009, 9, 25), new LocalDate(2009, 9, 25)));
        date.ToString().Should().Be("2009-09-25");
    }

    [Theory]
    [InlineData("00XX", "0000-01-01", "0099-12-31")]
    [InlineData("99XX", "9900-01-01", "9999-12-31")]
    [InlineData("18XX", "1800-01-01", "1899-12-31")]
    [InlineData("999X", "9990-01-01", "9999-12-31")]
    [InlineData("199X", "1990-01-01", "1999-12-31")]
    [InlineData("0000", "0000-01-01", "0000-12-31")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("1999-10", "1999-10-01", "1999-10-31")]
    [InlineData("1999-04", "1999-04-01", "1999-04-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    [InlineData("2009-09-25%", "2009-09-25", "2009-09-25")]
    [InlineData("199X~", "1990-01-01", "1999-12-31")]
    public void Earliest_and_Latest_are_the_first_and_last_day_it_may_denote(string text, string earliest, string latest)
    {
        PartialDate date = PartialDate.Parse(text);

        date.Earliest.Should().Be(Iso(earliest));
        date.Latest.Should().Be(Iso(latest));
        ((object)date.ToDateInterval()).Should().Be(new DateInterval(Iso(earliest), Iso(latest)));
    }

    [Theory]
    [InlineData("1999-10", "1999-09-30", false)]
    [InlineData("1999-10", "1999-10-01", true)]
    [InlineData("1999-10", "1999-10-31", true)]
    [InlineData("1999-10", "1999-11-01", false)]
    [InlineData("18XX", "1799-12-31", false)]
    [InlineData("18XX", "1800-01-01", true)]
    [InlineData("18XX", "1899-12-31", true)]
    [InlineData("18XX", "1900-01-01", false)]
    [InlineData("2009-09-25", "2009-09-25", true)]
    [InlineData("2009-09-25", "2009-09-26", false)]
    public void Contains_is_true_exactly_from_Earliest_to_Latest(string text, string day, bool expected)
    {
        PartialDate.Parse(text).Contains(Iso(day)).Should().Be(expected);
    }

    [Fact]
    public void Contains_rejects_a_date_in_another_calendar()
    {
        PartialDate date = PartialDate.FromYear(2009);

        Action act = () => date.Contains(new LocalDate(2009, 6, 1, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Default_is_the_first_century()
    {
        PartialDate date = default;

        date.Precision.Should().Be(DatePrecision.Century);
        date.Year.Should().Be(0);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.IsApproximate.Should().BeFalse();
        date.IsUncertain.Should().BeFalse();
        date.Earliest.Should().Be(new LocalDate(0, 1, 1));
        date.Latest.Should().Be(new LocalDate(99, 12, 31));
        date.ToString().Should().Be("00XX");
        date.Should().Be(PartialDate.FromCentury(0));
        PartialDate.Parse("00XX").Should().Be(date);
        date.GetHashCode().Should().Be(PartialDate.FromCentury(0).GetHashCode());
    }

    [Fact]
    public void FromLocalDate_keeps_the_day()
    {
        PartialDate date = PartialDate.FromLocalDate(new LocalDate(2009, 9, 25));

        date.Should().Be(PartialDate.FromDate(2009, 9, 25));
        PartialDate.FromLocalDate(new LocalDate(0, 1, 1)).ToString().Should().Be("0000-01-01");
    }

    [Fact]
    public void FromLocalDate_rejects_other_calendars()
    {
        Action act = () => PartialDate.FromLocalDate(new LocalDate(2009, 9, 25, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void FromLocalDate_rejects_negative_years()
    {
        Action act = () => PartialDate.FromLocalDate(new LocalDate(-1, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(1850)]
    [InlineData(1801)]
    [InlineData(10000)]
    public void FromCentury_rejects_a_year_that_does_not_start_a_century(int invalidYear)
    {
        Action act = () => PartialDate.FromCentury(invalidYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstYear");
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(1995)]
    [InlineData(10000)]
    public void FromDecade_rejects_a_year_that_does_not_start_a_decade(int invalidYear)
    {
        Action act = () => PartialDate.FromDecade(invalidYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstYear");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Factories_reject_years_outside_0_to_9999(int invalidYear)
    {
        ((Action)(() => PartialDate.FromYear(invalidYear))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        ((Action)(() => PartialDate.FromYearMonth(invalidYear, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        ((Action)(() => PartialDate.FromDate(invalidYear, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Factories_reject_months_outside_1_to_12(int invalidMonth)
    {
        ((Action)(() => PartialDate.FromYearMonth(1999, invalidMonth))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
        ((Action)(() => PartialDate.FromDate(1999, invalidMonth, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
    }

    [Theory]
    [InlineData(1999, 2, 30)]
    [InlineData(2023, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(1999, 4, 31)]
    [InlineData(1999, 1, 32)]
    [InlineData(1999, 1, 0)]
    public void FromDate_rejects_days_that_do_not_exist(int year, int month, int invalidDay)
    {
        Action act = () => PartialDate.FromDate(year, month, invalidDay);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2000, 2, 29)]
    [InlineData(0, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void FromDate_accepts_the_last_day_of_a_month(int year, int month, int day)
    {
        PartialDate date = PartialDate.FromDate(year, month, day);

        date.Latest.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void Qualifiers_are_set_and_cleared_on_copies()
    {
        PartialDate plain = PartialDate.FromYear(2009);

        PartialDate approximate = plain.WithApproximate();
        PartialDate uncertain = plain.WithUncertain();
        PartialDate both = approximate.WithUncertain();

        plain.IsApproximate.Should().BeFalse();
        approximate.IsApproximate.Should().BeTrue();
        approximate.IsUncertain.Should().BeFalse();
        uncertain.IsUncertain.Should().BeTrue();
        uncertain.IsApproximate.Should().BeFalse();
        both.IsApproximate.Should().BeTrue();
        both.IsUncertain.Should().BeTrue();
        approximate.ToString().Should().Be("2009~");
        uncertain.ToString().Should().Be("2009?");
        both.ToString().Should().Be("2009%");
        both.WithApproximate(false).Should().Be(uncertain);
        both.WithUncertain(false).WithApproximate(false).Should().Be(plain);
        approximate.WithApproximate().Should().Be(approximate);
        approximate.Should().NotBe(plain);
        ((object)approximate.ToDateInterval()).Should().Be(plain.ToDateInterval());
    }

    [Theory]
    [InlineData("2009-09-25")]
    [InlineData("1999-10")]
    [InlineData("1990")]
    [InlineData("199X")]
    [InlineData("18XX")]
    [InlineData("00XX")]
    [InlineData("000X")]
    [InlineData("0000")]
    [InlineData("0042")]
    [InlineData("9999")]
    [InlineData("99XX")]
    [InlineData("999X")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-02-29")]
    [InlineData("2009-09-25~")]
    [InlineData("2009-09-25?")]
    [InlineData("2009-09-25%")]
    [InlineData("1999-10~")]
    [InlineData("1990?")]
    [InlineData("199X%")]
    [InlineData("18XX~")]
    [InlineData("18XX?")]
    public void Edtf_text_round_trips(string text)
    {
        PartialDate date = PartialDate.Parse(text);

        date.ToString().Should().Be(text);
        PartialDate.Parse(date.ToString()).Should().Be(date);
        PartialDate.TryParse(text, out PartialDate parsed).Should().BeTrue();
        parsed.Should().Be(date);
    }

    [Fact]
    public void Parse_reads_qualifiers()
    {
        PartialDate.Parse("2009~").Should().Be(PartialDate.FromYear(2009).WithApproximate());
        PartialDate.Parse("2009?").Should().Be(PartialDate.FromYear(2009).WithUncertain());
        PartialDate.Parse("2009%").Should().Be(PartialDate.FromYear(2009).WithApproximate().WithUncertain());
        PartialDate.Parse("18XX").Should().Be(PartialDate.FromCentury(1800));
        PartialDate.Parse("199X").Should().Be(PartialDate.FromDecade(1990));
    }

    [Fact]
    public void Every_valid_value_round_trips_through_text()
    {
        var values = new List<PartialDate>();
        for (int year = 0; year <= 9999; year++)
        {
            values.Add(PartialDate.FromYear(year));
            if (year % 10 == 0)
            {
                values.Add(PartialDate.FromDecade(year));
            }

            if (year % 100 == 0)
            {
                values.Add(PartialDate.FromCentury(year));
            }
        }

        foreach (int year in new[] { 0, 1, 4, 99, 100, 400, 1582, 1900, 1999, 2000, 2023, 2024, 9998, 9999 })
        {
            for (int month = 1; month <= 12; month++)
            {
                values.Add(PartialDate.FromYearMonth(year, month));
                for (int day = 1; day <= CalendarSystem.Iso.GetDaysInMonth(year, month); day++)
                {
                    values.Add(PartialDate.FromDate(year, month, day));
                }
            }
        }

        foreach (PartialDate value in values)
        {
            foreach (PartialDate qualified in new[]
            {
                value,
                value.WithApproximate(),
                value.WithUncertain(),
                value.WithApproximate().WithUncertain(),
            })
            {
                string text = qualified.ToString();
                if (PartialDate.Parse(text) != qualified)
                {
                    Assert.Fail($"'{text}' did not round trip.");
                }
            }
        }
    }

    [Theory]
    [InlineData("1999-13", "Invalid EDTF date '1999-13': month 13 at position 5 is out of range 01-12.")]
    [InlineData("1999-00", "Invalid EDTF date '1999-00': month 00 at position 5 is out of range 01-12.")]
    [InlineData("1999-21", "Invalid EDTF date '1999-21': month 21 at position 5 is out of range 01-12.")]
    [InlineData("1999-02-30", "Invalid EDTF date '1999-02-30': day 30 at position 8 is out of range 01-28 for 1999-02.")]
    [InlineData("2023-02-29", "Invalid EDTF date '2023-02-29': day 29 at position 8 is out of range 01-28 for 2023-02.")]
    [InlineData("1999-04-31", "Invalid EDTF date '1999-04-31': day 31 at position 8 is out of range 01-30 for 1999-04.")]
    [InlineData("1999-04-00", "Invalid EDTF date '1999-04-00': day 00 at position 8 is out of range 01-30 for 1999-04.")]
    [InlineData("", "Invalid EDTF date '': expected a year digit (years have exactly four digits) at position 0, found the end of the text.")]
    [InlineData("199", "Invalid EDTF date '199': expected a year digit (years have exactly four digits) at position 3, found the end of the text.")]
    [InlineData("199-10", "Invalid EDTF date '199-10': expected a year digit (years have exactly four digits) at position 3, found '-'.")]
    [InlineData("19999", "Invalid EDTF date '19999': expected '-', a qualifier ('~', '?' or '%') or the end of the date at position 4, found '9'.")]
    [InlineData("-1999", "Invalid EDTF date '-1999': sign '-' at position 0 is not supported: years are exactly four digits, 0000-9999.")]
    [InlineData("+1999", "Invalid EDTF date '+1999': sign '+' at position 0 is not supported: years are exactly four digits, 0000-9999.")]
    [InlineData(" 1999", "Invalid EDTF date ' 1999': expected a year digit at position 0, found white space (U+0020).")]
    [InlineData("1999 ", "Invalid EDTF date '1999 ': expected '-', a qualifier ('~', '?' or '%') or the end of the date at position 4, found white space (U+0020).")]
    [InlineData("199x", "Invalid EDTF date '199x': lower-case 'x' at position 3 is not supported: write unspecified digits as upper-case 'X'.")]
    [InlineData("18xx", "Invalid EDTF date '18xx': lower-case 'x' at position 2 is not supported: write unspecified digits as upper-case 'X'.")]
    [InlineData("19XX-05", "Invalid EDTF date '19XX-05': '-' at position 4 cannot follow '19XX': unspecified digits 'X' are only allowed in a whole century ('DDXX') or decade ('DDDX'), not in a date with a month or day.")]
    [InlineData("199X-05-01", "Invalid EDTF date '199X-05-01': '-' at position 4 cannot follow '199X': unspecified digits 'X' are only allowed in a whole century ('DDXX') or decade ('DDDX'), not in a date with a month or day.")]
    [InlineData("1XXX", "Invalid EDTF date '1XXX': unspecified digit 'X' at position 1 is not supported: only the whole century ('DDXX') or the whole decade ('DDDX') may be unspecified.")]
    [InlineData("XXXX", "Invalid EDTF date 'XXXX': unspecified digit 'X' at position 0 is not supported: only the whole century ('DDXX') or the whole decade ('DDDX') may be unspecified.")]
    [InlineData("19X5", "Invalid EDTF date '19X5': expected 'X' (only the whole century 'DDXX' or decade 'DDDX' may be unspecified) at position 3, found '5'.")]
    [InlineData("1999-1", "Invalid EDTF date '1999-1': expected a month digit (months and days have exactly two digits) at position 6, found the end of the text.")]
    [InlineData("1999-2-01", "Invalid EDTF date '1999-2-01': expected a month digit (months and days have exactly two digits) at position 6, found '-'.")]
    [InlineData("1999-10-1", "Invalid EDTF date '1999-10-1': expected a day digit (months and days have exactly two digits) at position 9, found the end of the text.")]
    [InlineData("1999-10-011", "Invalid EDTF date '1999-10-011': expected a qualifier ('~', '?' or '%') or the end of the date at position 10, found '1'.")]
    [InlineData("1999-", "Invalid EDTF date '1999-': expected a month digit (months and days have exactly two digits) at position 5, found the end of the text.")]
    [InlineData("1999~~", "Invalid EDTF date '1999~~': expected the end of the date at position 5, found '~'.")]
    [InlineData("1999?~", "Invalid EDTF date '1999?~': expected the end of the date at position 5, found '~'.")]
    [InlineData("18XX-", "Invalid EDTF date '18XX-': '-' at position 4 cannot follow '18XX': unspecified digits 'X' are only allowed in a whole century ('DDXX') or decade ('DDDX'), not in a date with a month or day.")]
    [InlineData("199X5", "Invalid EDTF date '199X5': expected a qualifier ('~', '?' or '%') or the end of the date at position 4, found '5'.")]
    [InlineData("2009-09-25T00:00", "Invalid EDTF date '2009-09-25T00:00': expected a qualifier ('~', '?' or '%') or the end of the date at position 10, found 'T'.")]
    [InlineData("2004/2005", "Invalid EDTF date '2004/2005': expected '-', a qualifier ('~', '?' or '%') or the end of the date at position 4, found '/'.")]
    [InlineData("١٩٩٩", "Invalid EDTF date '١٩٩٩': expected a year digit at position 0, found '١'.")]
    [InlineData("1999\t", "Invalid EDTF date '1999\t': expected '-', a qualifier ('~', '?' or '%') or the end of the date at position 4, found white space (U+0009).")]
    public void Parse_rejects_invalid_text_with_position_and_expectation(string text, string message)
    {
        Action act = () => PartialDate.Parse(text);

        // The expected messages contain '?', which FluentAssertions treats as a wildcard; compare exactly instead.
        act.Should().Throw<FormatException>().Which.Message.Should().Be(message);
        PartialDate.TryParse(text, out PartialDate result).Should().BeFalse();
        result.Should().Be(default(PartialDate));
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Action act = () => PartialDate.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        PartialDate.TryParse(null, out PartialDate result).Should().BeFalse();
        result.Should().Be(default(PartialDate));
    }

    [Fact]
    public void Dates_beginning_on_the_same_day_sort_narrowest_first()
    {
        string[] expected = ["1800-01-01", "1800-01-01?", "1800-01-01~", "1800-01-01%", "1800-01", "1800", "180X", "18XX", "1800-01-02"];

        string[] sorted = [.. expected.Reverse().Select(PartialDate.Parse).Order().Select(d => d.ToString())];

        sorted.Should().Equal(expected);
    }

    [Fact]
    public void Ordering_follows_Earliest_then_Latest()
    {
        string[] expected = ["18XX", "1899-12-31", "1989", "1990", "199X", "1999-10", "2004", "2009", "2009-09-25", "2024-02"];

        string[] sorted = [.. new[] { "2009-09-25", "199X", "2024-02", "1990", "18XX", "2009", "1999-10", "1989", "2004", "1899-12-31" }
            .Select(PartialDate.Parse)
            .Order()
            .Select(d => d.ToString())];

        sorted.Should().Equal(expected);
    }

    [Fact]
    public void CompareTo_is_zero_exactly_when_Equals_and_is_a_total_order()
    {
        PartialDate[] samples = [.. Samples, default, PartialDate.FromCentury(0)];

        foreach (PartialDate a in samples)
        {
            foreach (PartialDate b in samples)
            {
                int comparison = a.CompareTo(b);
                (comparison == 0).Should().Be(a.Equals(b), $"{a} vs {b}");
                Math.Sign(b.CompareTo(a)).Should().Be(-Math.Sign(comparison), $"{a} vs {b}");
                (a == b).Should().Be(comparison == 0);
                (a != b).Should().Be(comparison != 0);
                (a < b).Should().Be(comparison < 0);
                (a <= b).Should().Be(comparison <= 0);
                (a > b).Should().Be(comparison > 0);
                (a >= b).Should().Be(comparison >= 0);
                (a.GetHashCode() == b.GetHashCode()).Should().Be(a.Equals(b), $"{a} vs {b}");
                a.CompareTo((object)b).Should().Be(comparison);
                a.Equals((object)b).Should().Be(a.Equals(b));

                foreach (PartialDate c in samples)
                {
                    if (comparison <= 0 && b.CompareTo(c) <= 0 && a.CompareTo(c) > 0)
                    {
                        Assert.Fail($"Not transitive: {a} <= {b} <= {c} but {a} > {c}.");
                    }
                }
            }
        }
    }

    [Fact]
    public void CompareTo_object_handles_null_and_rejects_other_types()
    {
        PartialDate date = PartialDate.FromYear(2009);

        date.CompareTo(null).Should().BePositive();
        date.CompareTo((object)PartialDate.FromYear(2010)).Should().BeNegative();
        Action act = () => date.CompareTo("2009");
        act.Should().Throw<ArgumentException>().WithParameterName("obj");
        date.Equals(null).Should().BeFalse();
        date.Equals("2009").Should().BeFalse();
        date.Equals((object)PartialDateInterval.Single(date)).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(SampleTextData))]
    public void Sample_values_round_trip_and_parts_agree_with_text(string text)
    {
        PartialDate date = PartialDate.Parse(text);

        PartialDate.Parse(date.ToString()).Should().Be(date);
        (date.Earliest <= date.Latest).Should().BeTrue();
        date.Contains(date.Earliest).Should().BeTrue();
        date.Contains(date.Latest).Should().BeTrue();
        date.IsApproximate.Should().Be(text.EndsWith('~') || text.EndsWith('%'));
        date.IsUncertain.Should().Be(text.EndsWith('?') || text.EndsWith('%'));
        date.Month.HasValue.Should().Be(date.Precision >= DatePrecision.Month);
        date.Day.HasValue.Should().Be(date.Precision == DatePrecision.Day);
    }
}
