using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>What the date of a record (<see cref="IDatedRecord.Date"/>) is the date of.</summary>
/// <remarks>
/// The kinds of time are kept apart: when something happened, when a source was published or submitted, when a claim
/// was reported, a score's edition year, and dates that say when something was due rather than when it happened
/// ("should have been released by October 2009", "by the end of the year").
/// </remarks>
[JsonConverter(typeof(VocabularyJsonConverter<DateMeaning>))]
public enum DateMeaning
{
    /// <summary>When the event happened, or the time during which a state of affairs held ("since 1989"); for a figure, the time of what it counts.</summary>
    Happened,

    /// <summary>When a source was published, or when words quoted from a dated source appeared in it.</summary>
    Published,

    /// <summary>When a claim was made or reported.</summary>
    Reported,

    /// <summary>When a document was submitted to its recipient ("submitted to the U.N. in May 2006").</summary>
    Submitted,

    /// <summary>When a constitution, law or treaty was promulgated or adopted ("promulgated in 1991").</summary>
    Promulgated,

    /// <summary>The edition (year) of a score or ranking.</summary>
    Edition,

    /// <summary>When something was expected or due to happen, not that it happened ("should have been released by October 2009").</summary>
    Expected,

    /// <summary>The deadline of something planned, not when it happened ("to forcibly return … by the end of the year").</summary>
    Deadline,

    /// <summary>When words were said (a quotation not tied to a dated source).</summary>
    Said,
}
