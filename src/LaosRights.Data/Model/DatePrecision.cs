using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known, from the coarsest (<see cref="Century"/>)
/// to the finest (<see cref="Day"/>).
/// </summary>
/// <remarks>
/// The members are declared, and numbered, from coarse to fine, so a greater value means a finer precision
/// (<c>DatePrecision.Year &lt; DatePrecision.Month</c>). <see cref="Century"/> is the zero value, so
/// <c>default(DatePrecision)</c> is <see cref="Century"/>; this is what makes <c>default(PartialDate)</c>
/// a valid value (the century 0000–0099).
/// </remarks>
[JsonConverter(typeof(VocabularyJsonConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>
    /// Only the century is known: a hundred years starting at a multiple of 100, such as 1800–1899
    /// (EDTF <c>18XX</c>).
    /// </summary>
    Century = 0,

    /// <summary>
    /// Only the decade is known: ten years starting at a multiple of 10, such as 1990–1999 (EDTF <c>199X</c>).
    /// </summary>
    Decade = 1,

    /// <summary>Only the year is known, such as 1990 (EDTF <c>1990</c>).</summary>
    Year = 2,

    /// <summary>The year and month are known, but not the day, such as October 1999 (EDTF <c>1999-10</c>).</summary>
    Month = 3,

    /// <summary>The full calendar date is known, such as 25 September 2009 (EDTF <c>2009-09-25</c>).</summary>
    Day = 4,
}
