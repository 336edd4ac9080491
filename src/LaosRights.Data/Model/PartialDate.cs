using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Diagnostics;
using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;
using NodaTime;

namespace LaosRights.Data;

/// <summary>
/// A calendar date in the ISO calendar that is known only to a stated <see cref="DatePrecision"/>: a century,
/// a decade, a year, a month or a day. Missing parts are never invented: the year 1990 is not 1 January 1990,
/// it is some day between <see cref="Earliest"/> (1990-01-01) and <see cref="Latest"/> (1990-12-31).
/// </summary>
/// <remarks>
/// <para>
/// Years run from 0 to 9999, the four-digit years of the Extended Date/Time Format (EDTF, ISO 8601-2 and the
/// Library of Congress EDTF specification of 2019). Year 0 is the proleptic ISO year 0, that is 1 BC.
/// </para>
/// <para>
/// A value can also carry the EDTF qualifiers: <see cref="IsApproximate"/> (EDTF <c>~</c>),
/// <see cref="IsUncertain"/> (EDTF <c>?</c>) or both (EDTF <c>%</c>). Qualifiers do not change which days the
/// value may denote; they take part in equality and ordering only.
/// </para>
/// <para>
/// The text form is EDTF: <c>2009-09-25</c>, <c>1999-10</c>, <c>1990</c>, <c>199X</c>, <c>18XX</c>, each
/// optionally followed by one qualifier. <see cref="Parse(string)"/> accepts exactly what
/// <see cref="ToString()"/> produces, so <c>Parse(x.ToString()) == x</c> for every value. The display form
/// (<see cref="ToDisplayString"/>, format <c>"D"</c>) is plain English: "25 September 2009", "October 1999",
/// "1990", "1990s", "19th century". In JSON (System.Text.Json) the value is its EDTF string.
/// </para>
/// <para>
/// Which EDTF this is: a subset of ISO 8601-2:2019 (EDTF). Supported: the Level 0 calendar dates <c>YYYY</c>,
/// <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> with four-digit years 0000–9999; from Level 1, one qualifier for the whole
/// date at its end (<c>~</c> approximate, <c>?</c> uncertain, <c>%</c> both) and unspecified digits for a whole
/// decade (<c>199X</c>) or century (<c>18XX</c>). Rejected with a <see cref="FormatException"/> that names the
/// problem: date and time (<c>2009-09-25T10:00:00</c>) and time zones (Level 0); <c>X</c> in the month or day
/// (<c>2009-XX</c>, <c>2009-10-XX</c>), in the first two year digits (<c>1XXX</c>) or lower-case; negative years
/// (<c>-0100</c>), a <c>+</c> sign, years of more than four digits and <c>Y</c>-prefixed years (<c>Y170000002</c>),
/// significant digits (<c>S</c>); seasons and other sub-year groupings (<c>2001-21</c>, month values 13–41);
/// qualifiers on a single part (<c>2004-?06</c>, <c>?2004</c>); and everything of Level 2 (sets <c>[…]</c> and
/// <c>{…}</c>). Intervals are described at <see cref="PartialDateInterval"/>.
/// </para>
/// <para>
/// <c>default(PartialDate)</c> is a valid value: the century 0000–0099 (EDTF <c>00XX</c>), without qualifiers.
/// </para>
/// <para>This type is an immutable value type and is safe to use from several threads at once.</para>
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, IFormattable, ISpanParsable<PartialDate>
{
    private const int MinYear = 0;
    private const int MaxYear = 9999;

    private const byte ApproximateFlag = 1;
    private const byte UncertainFlag = 2;

    /// <summary>The year, or the first year of the century or decade.</summary>
    private readonly int year;

    /// <summary>The month (1–12) at <see cref="DatePrecision.Month"/> or finer precision, otherwise 0.</summary>
    private readonly byte month;

    /// <summary>The day of the month at <see cref="DatePrecision.Day"/> precision, otherwise 0.</summary>
    private readonly byte day;

    private readonly DatePrecision precision;

    /// <summary>A combination of <see cref="ApproximateFlag"/> and <see cref="UncertainFlag"/>.</summary>
    private readonly byte qualifiers;

    /// <summary>Creates a value from parts that the caller has already validated and normalized.</summary>
    private PartialDate(int year, int month, int day, DatePrecision precision, byte qualifiers)
    {
        this.year = year;
        this.month = (byte)month;
        this.day = (byte)day;
        this.precision = precision;
        this.qualifiers = qualifiers;
    }

    /// <summary>Gets how precisely this date is known.</summary>
    /// <value>
    /// The precision; <see cref="DatePrecision.Century"/> for <c>default(PartialDate)</c>.
    /// </value>
    public DatePrecision Precision => precision;

    /// <summary>Gets the year, or for a century or decade its first year.</summary>
    /// <value>
    /// A year from 0 to 9999. For <see cref="DatePrecision.Century"/> it is the first year of the century, a
    /// multiple of 100 (1800 for <c>18XX</c>); for <see cref="DatePrecision.Decade"/> the first year of the decade,
    /// a multiple of 10 (1990 for <c>199X</c>). It is 0 for <c>default(PartialDate)</c>.
    /// </value>
    public int Year => year;

    /// <summary>Gets the month of the year, if it is known.</summary>
    /// <value>
    /// The month, 1 to 12, at <see cref="DatePrecision.Month"/> or <see cref="DatePrecision.Day"/> precision;
    /// <see langword="null"/> at any coarser precision.
    /// </value>
    public int? Month => precision >= DatePrecision.Month ? month : null;

    /// <summary>Gets the day of the month, if it is known.</summary>
    /// <value>
    /// The day of the month, 1 to 31, at <see cref="DatePrecision.Day"/> precision; <see langword="null"/> at any
    /// coarser precision.
    /// </value>
    public int? Day => precision == DatePrecision.Day ? day : null;

    /// <summary>Gets a value indicating whether the date is approximate (EDTF qualifier <c>~</c>).</summary>
    /// <value>
    /// <see langword="true"/> if the text form ends in <c>~</c> or <c>%</c>; <see langword="false"/> otherwise,
    /// including for <c>default(PartialDate)</c>.
    /// </value>
    public bool IsApproximate => (qualifiers & ApproximateFlag) != 0;

    /// <summary>Gets a value indicating whether the date is uncertain (EDTF qualifier <c>?</c>).</summary>
    /// <value>
    /// <see langword="true"/> if the text form ends in <c>?</c> or <c>%</c>; <see langword="false"/> otherwise,
    /// including for <c>default(PartialDate)</c>.
    /// </value>
    public bool IsUncertain => (qualifiers & UncertainFlag) != 0;

    /// <summary>Gets the first day that this date may denote.</summary>
    /// <value>
    /// The first day of the century, decade, year or month, or the day itself, in the ISO calendar:
    /// 1800-01-01 for <c>18XX</c>, 1990-01-01 for <c>199X</c> and for <c>1990</c>, 1999-10-01 for
    /// <c>1999-10</c>, 2009-09-25 for <c>2009-09-25</c>; 0000-01-01 for <c>default(PartialDate)</c>.
    /// Qualifiers do not widen the range.
    /// </value>
    public LocalDate Earliest => new(
        year,
        precision >= DatePrecision.Month ? month : 1,
        precision == DatePrecision.Day ? day : 1);

    /// <summary>Gets the last day that this date may denote.</summary>
    /// <value>
    /// The last day of the century, decade, year or month, or the day itself, in the ISO calendar:
    /// 1899-12-31 for <c>18XX</c>, 1999-12-31 for <c>199X</c>, 1990-12-31 for <c>1990</c>, 1999-10-31 for
    /// <c>1999-10</c>, 2024-02-29 for <c>2024-02</c> (leap years are taken into account), 2009-09-25 for
    /// <c>2009-09-25</c>; 0099-12-31 for <c>default(PartialDate)</c>. Qualifiers do not widen the range.
    /// </value>
    public LocalDate Latest => precision switch
    {
        DatePrecision.Day => new LocalDate(year, month, day),
        DatePrecision.Month => new LocalDate(year, month, DaysInMonth(year, month)),
        DatePrecision.Year => new LocalDate(year, 12, 31),
        DatePrecision.Decade => new LocalDate(year + 9, 12, 31),
        _ => new LocalDate(year + 99, 12, 31),
    };

    /// <summary>
    /// <see cref="Earliest"/> as the number yyyymmdd. Ordering these numbers orders the days, without touching
    /// NodaTime: parsing, validating and sorting stay cheap on the cold path of loading a dataset.
    /// </summary>
    internal int EarliestKey => (year * 10000) + ((precision >= DatePrecision.Month ? month : 1) * 100) + (precision == DatePrecision.Day ? day : 1);

    /// <summary><see cref="Latest"/> as the number yyyymmdd (see <see cref="EarliestKey"/>).</summary>
    internal int LatestKey => precision switch
    {
        DatePrecision.Day => (year * 10000) + (month * 100) + day,
        DatePrecision.Month => (year * 10000) + (month * 100) + DaysInMonth(year, month),
        DatePrecision.Year => (year * 10000) + 1231,
        DatePrecision.Decade => ((year + 9) * 10000) + 1231,
        _ => ((year + 99) * 10000) + 1231,
    };

    /// <summary>The number of days in a month of the proleptic Gregorian (ISO) calendar, the calendar NodaTime's ISO dates use.</summary>
    internal static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Creates a date known only to the century, such as <c>18XX</c>.</summary>
    /// <param name="firstYear">The first year of the century: a multiple of 100 from 0 to 9900 (1800 for 1800–1899).</param>
    /// <returns>A date with <see cref="DatePrecision.Century"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="firstYear"/> is negative, greater than 9900, or not a multiple of 100.
    /// </exception>
    public static PartialDate FromCentury(int firstYear)
    {
        if (firstYear is < MinYear or > MaxYear || firstYear % 100 != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(firstYear),
                firstYear,
                "The first year of a century must be a multiple of 100 from 0 to 9900.");
        }

        return new PartialDate(firstYear, 0, 0, DatePrecision.Century, 0);
    }

    /// <summary>Creates a date known only to the decade, such as <c>199X</c>.</summary>
    /// <param name="firstYear">The first year of the decade: a multiple of 10 from 0 to 9990 (1990 for 1990–1999).</param>
    /// <returns>A date with <see cref="DatePrecision.Decade"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="firstYear"/> is negative, greater than 9990, or not a multiple of 10.
    /// </exception>
    public static PartialDate FromDecade(int firstYear)
    {
        if (firstYear is < MinYear or > MaxYear || firstYear % 10 != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(firstYear),
                firstYear,
                "The first year of a decade must be a multiple of 10 from 0 to 9990.");
        }

        return new PartialDate(firstYear, 0, 0, DatePrecision.Decade, 0);
    }

    /// <summary>Creates a date known only to the year, such as <c>1990</c>.</summary>
    /// <param name="year">The year, from 0 to 9999.</param>
    /// <returns>A date with <see cref="DatePrecision.Year"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is negative or greater than 9999.</exception>
    public static PartialDate FromYear(int year)
    {
        ValidateYear(year);
        return new PartialDate(year, 0, 0, DatePrecision.Year, 0);
    }

    /// <summary>Creates a date known only to the month, such as <c>1999-10</c>.</summary>
    /// <param name="year">The year, from 0 to 9999.</param>
    /// <param name="month">The month of the year, from 1 to 12.</param>
    /// <returns>A date with <see cref="DatePrecision.Month"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is negative or greater than 9999, or <paramref name="month"/> is not from 1 to 12.
    /// </exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        ValidateYear(year);
        ValidateMonth(month);
        return new PartialDate(year, month, 0, DatePrecision.Month, 0);
    }

    /// <summary>Creates a date known to the day, such as <c>2009-09-25</c>.</summary>
    /// <param name="year">The year, from 0 to 9999.</param>
    /// <param name="month">The month of the year, from 1 to 12.</param>
    /// <param name="day">The day of the month, from 1 to the number of days in that month (29 February only in leap years).</param>
    /// <returns>A date with <see cref="DatePrecision.Day"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is negative or greater than 9999, <paramref name="month"/> is not from 1 to 12, or
    /// <paramref name="day"/> is not a day of that month (such as 30 February, or 29 February 2023).
    /// </exception>
    public static PartialDate FromDate(int year, int month, int day)
    {
        ValidateYear(year);
        ValidateMonth(month);
        int daysInMonth = DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            throw new ArgumentOutOfRangeException(
                nameof(day),
                day,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The day must be from 1 to {daysInMonth} for {year:D4}-{month:D2}."));
        }

        return new PartialDate(year, month, day, DatePrecision.Day, 0);
    }

    /// <summary>Creates a date known to the day from a <see cref="LocalDate"/>.</summary>
    /// <param name="date">A date in the ISO calendar, in a year from 0 to 9999.</param>
    /// <returns>A date with <see cref="DatePrecision.Day"/> precision and no qualifiers.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is in a year before 0 (2 BC or earlier).</exception>
    public static PartialDate FromLocalDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The date must be in the ISO calendar, not in the {date.Calendar.Id} calendar.",
                nameof(date));
        }

        if (date.Year < MinYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date must be in a year from 0 to 9999.");
        }

        return new PartialDate(date.Year, date.Month, date.Day, DatePrecision.Day, 0);
    }

    /// <summary>Returns a copy of this date with the approximate qualifier (EDTF <c>~</c>) set or cleared.</summary>
    /// <param name="value"><see langword="true"/> (the default) to mark the date as approximate; <see langword="false"/> to clear the mark.</param>
    /// <returns>
    /// A date with the same precision, parts and <see cref="IsUncertain"/> as this one, and <see cref="IsApproximate"/>
    /// equal to <paramref name="value"/>; equal to this date if it already had that value.
    /// </returns>
    public PartialDate WithApproximate(bool value = true) => WithQualifier(ApproximateFlag, value);

    /// <summary>Returns a copy of this date with the uncertain qualifier (EDTF <c>?</c>) set or cleared.</summary>
    /// <param name="value"><see langword="true"/> (the default) to mark the date as uncertain; <see langword="false"/> to clear the mark.</param>
    /// <returns>
    /// A date with the same precision, parts and <see cref="IsApproximate"/> as this one, and <see cref="IsUncertain"/>
    /// equal to <paramref name="value"/>; equal to this date if it already had that value.
    /// </returns>
    public PartialDate WithUncertain(bool value = true) => WithQualifier(UncertainFlag, value);

    /// <summary>Gets the days that this date may denote as a <see cref="DateInterval"/>.</summary>
    /// <returns>
    /// The interval from <see cref="Earliest"/> to <see cref="Latest"/>, both included; a single day at
    /// <see cref="DatePrecision.Day"/> precision.
    /// </returns>
    public DateInterval ToDateInterval() => new(Earliest, Latest);

    /// <summary>Determines whether a day is one of the days that this date may denote.</summary>
    /// <param name="date">The day to test, in the ISO calendar.</param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="date"/> is from <see cref="Earliest"/> to <see cref="Latest"/>,
    /// both included; otherwise <see langword="false"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The date must be in the ISO calendar, not in the {date.Calendar.Id} calendar.",
                nameof(date));
        }

        return Earliest <= date && date <= Latest;
    }

    /// <summary>
    /// Compares this date with another: by <see cref="Earliest"/>, then <see cref="Latest"/>, then
    /// <see cref="Precision"/> (coarse first), then <see cref="IsApproximate"/> and then <see cref="IsUncertain"/>
    /// (unqualified first).
    /// </summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>
    /// A negative number if this date sorts before <paramref name="other"/>, zero if the two are equal (this is a
    /// total order, and zero is returned exactly when <see cref="Equals(PartialDate)"/> is <see langword="true"/>),
    /// and a positive number if this date sorts after <paramref name="other"/>. Among dates that begin on the same
    /// day the narrowest comes first, so <c>1800-01-01</c> sorts before <c>1800-01</c>, then <c>1800</c>, <c>180X</c>
    /// and <c>18XX</c>, and all of them before <c>1800-01-02</c>.
    /// </returns>
    public int CompareTo(PartialDate other)
    {
        int comparison = EarliestKey.CompareTo(other.EarliestKey);
        if (comparison != 0)
        {
            return comparison;
        }

        comparison = LatestKey.CompareTo(other.LatestKey);
        if (comparison != 0)
        {
            return comparison;
        }

        comparison = ((int)precision).CompareTo((int)other.precision);
        if (comparison != 0)
        {
            return comparison;
        }

        comparison = IsApproximate.CompareTo(other.IsApproximate);
        return comparison != 0 ? comparison : IsUncertain.CompareTo(other.IsUncertain);
    }

    /// <summary>Compares this date with another object, in the order described at <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="obj">The object to compare with: a <see cref="PartialDate"/> or <see langword="null"/>.</param>
    /// <returns>
    /// As <see cref="CompareTo(PartialDate)"/> if <paramref name="obj"/> is a <see cref="PartialDate"/>; a positive
    /// number if it is <see langword="null"/>, which sorts before every date.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither <see langword="null"/> nor a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"The object must be a {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>
    /// Determines whether this date equals another: same precision, same year, month and day (as far as they are
    /// known), and same qualifiers.
    /// </summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns><see langword="true"/> if the two dates are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(PartialDate other) =>
        year == other.year
        && month == other.month
        && day == other.day
        && precision == other.precision
        && qualifiers == other.qualifiers;

    /// <summary>Determines whether this date equals another object.</summary>
    /// <param name="obj">The object to compare with; may be <see langword="null"/>.</param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="obj"/> is a <see cref="PartialDate"/> equal to this one; otherwise
    /// (including for <see langword="null"/>) <see langword="false"/>.
    /// </returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDate other && Equals(other);

    /// <summary>Returns a hash code for this date.</summary>
    /// <returns>A hash code that is the same for equal dates, and different for any two different dates.</returns>
    public override int GetHashCode() =>
        (year << 16) | (month << 11) | (day << 5) | ((int)precision << 2) | qualifiers;

    /// <summary>Formats this date as EDTF text (format <c>"E"</c>).</summary>
    /// <returns>
    /// <c>2009-09-25</c>, <c>1999-10</c>, <c>1990</c>, <c>199X</c> or <c>18XX</c> according to the precision, with the
    /// year always written as four digits (<c>0042</c>), followed by <c>~</c> if approximate, <c>?</c> if uncertain
    /// or <c>%</c> if both. <c>default(PartialDate)</c> gives <c>00XX</c>. The result never depends on the culture.
    /// </returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[11];
        buffer[0] = Digit(year / 1000);
        buffer[1] = Digit(year / 100 % 10);
        buffer[2] = precision == DatePrecision.Century ? 'X' : Digit(year / 10 % 10);
        buffer[3] = precision <= DatePrecision.Decade ? 'X' : Digit(year % 10);
        int length = 4;
        if (precision >= DatePrecision.Month)
        {
            buffer[4] = '-';
            buffer[5] = Digit(month / 10);
            buffer[6] = Digit(month % 10);
            length = 7;
        }

        if (precision == DatePrecision.Day)
        {
            buffer[7] = '-';
            buffer[8] = Digit(day / 10);
            buffer[9] = Digit(day % 10);
            length = 10;
        }

        switch (qualifiers)
        {
            case ApproximateFlag:
                buffer[length++] = '~';
                break;
            case UncertainFlag:
                buffer[length++] = '?';
                break;
            case ApproximateFlag | UncertainFlag:
                buffer[length++] = '%';
                break;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Parses an EDTF date such as <c>2009-09-25</c>, <c>1999-10</c>, <c>1990</c>, <c>199X</c> or <c>18XX~</c>.</summary>
    /// <param name="text">
    /// The text: a four-digit year (<c>0000</c> to <c>9999</c>) optionally followed by <c>-MM</c> and then <c>-DD</c>;
    /// or a whole decade <c>DDDX</c> or century <c>DDXX</c> (upper-case <c>X</c> only, with nothing but a qualifier
    /// after it); then optionally one qualifier <c>~</c>, <c>?</c> or <c>%</c>. Nothing else is allowed: no sign, no
    /// white space, no other number of year digits, no other placement of <c>X</c>.
    /// </param>
    /// <returns>The date that <paramref name="text"/> denotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not such a date, or names a day that does not exist (such as <c>1999-02-30</c>).
    /// The message quotes the text and gives the zero-based character position of the problem and what was
    /// expected there, for example <c>Invalid EDTF date '1999-13': month 13 at position 5 is out of range 01-12.</c>
    /// </exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseCore(text, 0, text.Length, out PartialDate result, out string? error))
        {
            throw new FormatException($"Invalid EDTF date '{text}': {error}");
        }

        return result;
    }

    /// <summary>Tries to parse an EDTF date, accepting exactly the texts that <see cref="Parse(string)"/> accepts.</summary>
    /// <param name="text">The text to parse; may be <see langword="null"/>.</param>
    /// <param name="result">
    /// When this method returns <see langword="true"/>, the date that <paramref name="text"/> denotes; otherwise
    /// <c>default(PartialDate)</c>, as .NET's own <c>TryParse</c> methods do. That default is itself a valid value
    /// (the century <c>00XX</c>), so always test the return value before using <paramref name="result"/>.
    /// </param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="text"/> is a valid EDTF date; <see langword="false"/> if it is
    /// <see langword="null"/> or not valid. This method does not throw.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, 0, text.Length, out result, out _);
    }

    /// <summary>Parses an EDTF date, as <see cref="Parse(string)"/> does (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text; see <see cref="Parse(string)"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <returns>The date that <paramref name="s"/> denotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a supported EDTF date; see <see cref="Parse(string)"/>.</exception>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an EDTF date, as <see cref="TryParse(string?, out PartialDate)"/> does (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text to parse; may be <see langword="null"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <param name="result">The date on success; otherwise <c>default(PartialDate)</c> (test the return value).</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a supported EDTF date; otherwise <see langword="false"/>. Does not throw.</returns>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Parses an EDTF date from characters, as <see cref="Parse(string)"/> does (<see cref="ISpanParsable{TSelf}"/>).</summary>
    /// <param name="s">The characters; see <see cref="Parse(string)"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <returns>The date that <paramref name="s"/> denotes.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a supported EDTF date; see <see cref="Parse(string)"/>.</exception>
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Tries to parse an EDTF date from characters (<see cref="ISpanParsable{TSelf}"/>).</summary>
    /// <param name="s">The characters to parse.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <param name="result">The date on success; otherwise <c>default(PartialDate)</c> (test the return value).</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a supported EDTF date; otherwise <see langword="false"/>. Does not throw.</returns>
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s.ToString(), out result);

    /// <summary>Creates a date known to the day from a <see cref="DateOnly"/>, for code that does not use NodaTime.</summary>
    /// <param name="date">The day (the Gregorian calendar of <see cref="DateOnly"/>, years 1 to 9999).</param>
    /// <returns>A date with <see cref="DatePrecision.Day"/> precision and no qualifiers.</returns>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day, 0);

    /// <summary>Determines whether a day is one of the days that this date may denote, as <see cref="Contains(LocalDate)"/> does.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> if <paramref name="date"/> is from <see cref="Earliest"/> to <see cref="Latest"/>, both included.</returns>
    public bool Contains(DateOnly date)
    {
        int key = (date.Year * 10000) + (date.Month * 100) + date.Day;
        return EarliestKey <= key && key <= LatestKey;
    }

    /// <summary>Formats this date as culture-invariant English for people to read.</summary>
    /// <returns>
    /// "25 September 2009" (day), "October 1999" (month), "1990" (year), "1990s" (decade, <c>199X</c>) or
    /// "19th century" (century, <c>18XX</c>: the century of the years 1800–1899, named as everyday English names it);
    /// an approximate date is preceded by "about", an uncertain one by "possibly", a date that is both by
    /// "possibly about" ("about the 1990s"). The text never depends on the current culture; it does not parse back
    /// (use <see cref="ToString()"/> for that).
    /// </returns>
    public string ToDisplayString() => DisplayText(article: false);

    /// <summary>Formats this date with a format string (<see cref="IFormattable"/>).</summary>
    /// <param name="format">
    /// <c>"E"</c>, <see langword="null"/> or empty for EDTF (as <see cref="ToString()"/>); <c>"D"</c> for the display form
    /// (as <see cref="ToDisplayString"/>).
    /// </param>
    /// <param name="formatProvider">Ignored: both forms are culture-invariant.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "E" => ToString(),
        "D" => ToDisplayString(),
        _ => throw new FormatException($"Unknown format '{format}' for a {nameof(PartialDate)}: use \"E\" (EDTF) or \"D\" (display)."),
    };

    /// <summary>
    /// The display form; with <paramref name="article"/> a century or decade reads "the 19th century", "the 1990s",
    /// for use inside a phrase ("since the 19th century").
    /// </summary>
    internal string DisplayText(bool article)
    {
        bool withArticle = article || qualifiers != 0;
        string core = precision switch
        {
            DatePrecision.Day => Invariant($"{day} {MonthNames[month - 1]} {year}"),
            DatePrecision.Month => Invariant($"{MonthNames[month - 1]} {year}"),
            DatePrecision.Year => year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Decade => Invariant($"{(withArticle ? "the " : "")}{year}s"),
            _ => (withArticle ? "the " : "") + Ordinal((year / 100) + 1) + " century",
        };
        return qualifiers switch
        {
            ApproximateFlag => "about " + core,
            UncertainFlag => "possibly " + core,
            ApproximateFlag | UncertainFlag => "possibly about " + core,
            _ => core,
        };
    }

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture)
        + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>Determines whether two dates are equal, as <see cref="Equals(PartialDate)"/> does.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the two dates are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Determines whether two dates differ, as the negation of <see cref="Equals(PartialDate)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the two dates differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Determines whether one date sorts before another, in the order of <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts before <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one date sorts before or equals another, in the order of <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts before or equals <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one date sorts after another, in the order of <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts after <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one date sorts after or equals another, in the order of <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts after or equals <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses the EDTF date in <paramref name="text"/> from index <paramref name="start"/> up to (not including)
    /// <paramref name="end"/>. Positions in <paramref name="error"/> are indexes into the whole of
    /// <paramref name="text"/>, so that <see cref="PartialDateInterval"/> can parse each side of an interval.
    /// </summary>
    internal static bool TryParseCore(
        string text,
        int start,
        int end,
        out PartialDate result,
        [NotNullWhen(false)] out string? error)
    {
        result = default;
        int position = start;
        if (position < end && text[position] is '+' or '-')
        {
            error = Invariant(
                $"sign '{text[position]}' at position {position} is not supported: years are exactly four digits, 0000-9999.");
            return false;
        }

        int year = 0;
        int unspecifiedDigits = 0;
        for (int i = 0; i < 4; i++, position++)
        {
            if (position == end)
            {
                error = Expected(text, position, "a year digit (years have exactly four digits)");
                return false;
            }

            char c = text[position];
            if (char.IsAsciiDigit(c) && unspecifiedDigits == 0)
            {
                year = (year * 10) + (c - '0');
            }
            else if (c == 'X' && i >= 2)
            {
                unspecifiedDigits++;
                year *= 10;
            }
            else if (c == 'x' && i >= 2)
            {
                error = Invariant(
                    $"lower-case 'x' at position {position} is not supported: write unspecified digits as upper-case 'X'.");
                return false;
            }
            else if (c is 'X' or 'x')
            {
                error = Invariant(
                    $"unspecified digit '{c}' at position {position} is not supported: only the whole century ('DDXX') or the whole decade ('DDDX') may be unspecified.");
                return false;
            }
            else
            {
                error = Expected(
                    text,
                    position,
                    unspecifiedDigits > 0 ? "'X' (only the whole century 'DDXX' or decade 'DDDX' may be unspecified)"
                    : i > 0 ? "a year digit (years have exactly four digits)"
                    : "a year digit");
                return false;
            }
        }

        DatePrecision precision = unspecifiedDigits switch
        {
            2 => DatePrecision.Century,
            1 => DatePrecision.Decade,
            _ => DatePrecision.Year,
        };
        int month = 0;
        int day = 0;
        if (position < end && text[position] == '-')
        {
            if (precision != DatePrecision.Year)
            {
                error = Invariant(
                    $"'-' at position {position} cannot follow '{text[start..position]}': unspecified digits 'X' are only allowed in a whole century ('DDXX') or decade ('DDDX'), not in a date with a month or day.");
                return false;
            }

            position++;
            if (!TryReadTwoDigits(text, ref position, end, "a month digit", out month, out error))
            {
                return false;
            }

            if (month is < 1 or > 12)
            {
                error = Invariant($"month {month:D2} at position {position - 2} is out of range 01-12.");
                return false;
            }

            precision = DatePrecision.Month;
            if (position < end && text[position] == '-')
            {
                position++;
                if (!TryReadTwoDigits(text, ref position, end, "a day digit", out day, out error))
                {
                    return false;
                }

                int daysInMonth = DaysInMonth(year, month);
                if (day < 1 || day > daysInMonth)
                {
                    error = Invariant(
                        $"day {day:D2} at position {position - 2} is out of range 01-{daysInMonth:D2} for {year:D4}-{month:D2}.");
                    return false;
                }

                precision = DatePrecision.Day;
            }
        }

        byte qualifiers = 0;
        if (position < end)
        {
            qualifiers = text[position] switch
            {
                '~' => ApproximateFlag,
                '?' => UncertainFlag,
                '%' => ApproximateFlag | UncertainFlag,
                _ => 0,
            };
            if (qualifiers != 0)
            {
                position++;
            }
        }

        if (position != end)
        {
            string expected =
                qualifiers != 0 ? "the end of the date"
                : precision == DatePrecision.Year || precision == DatePrecision.Month ? "'-', a qualifier ('~', '?' or '%') or the end of the date"
                : "a qualifier ('~', '?' or '%') or the end of the date";
            error = Expected(text, position, expected);
            return false;
        }

        result = new PartialDate(year, month, day, precision, qualifiers);
        error = null;
        return true;
    }

    /// <summary>Describes the character of <paramref name="text"/> at <paramref name="position"/> for an error message.</summary>
    private static string DescribeAt(string text, int position)
    {
        if (position >= text.Length)
        {
            return "the end of the text";
        }

        char c = text[position];
        return char.IsWhiteSpace(c) ? Invariant($"white space (U+{(int)c:X4})")
            : char.IsControl(c) || char.IsSurrogate(c) ? Invariant($"U+{(int)c:X4}")
            : Invariant($"'{c}'");
    }

    /// <summary>Formats an interpolated string with the invariant culture.</summary>
    internal static string Invariant(FormattableString message) => FormattableString.Invariant(message);

    private static string Expected(string text, int position, string expected) =>
        Invariant($"expected {expected} at position {position}, found {DescribeAt(text, position)}.");

    private static bool TryReadTwoDigits(
        string text,
        ref int position,
        int end,
        string expected,
        out int value,
        [NotNullWhen(false)] out string? error)
    {
        value = 0;
        for (int i = 0; i < 2; i++, position++)
        {
            if (position == end || !char.IsAsciiDigit(text[position]))
            {
                error = Expected(text, position, expected + " (months and days have exactly two digits)");
                return false;
            }

            value = (value * 10) + (text[position] - '0');
        }

        error = null;
        return true;
    }

    private static void ValidateYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 0 to 9999.");
        }
    }

    private static void ValidateMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be from 1 to 12.");
        }
    }

    private static char Digit(int value) => (char)('0' + value);

    private PartialDate WithQualifier(byte flag, bool value) =>
        new(year, month, day, precision, (byte)(value ? qualifiers | flag : qualifiers & ~flag));
}
