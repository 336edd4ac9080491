namespace LaosRights.Data;

/// <summary>
/// How a date filter treats a record whose date is coarser than, or reaches beyond, the period asked about.
/// </summary>
/// <remarks>
/// An event dated "2009" <em>certainly</em> falls in 2009 but only <em>possibly</em> falls in September 2009;
/// an event "since 1989" (<c>1989/..</c>) possibly falls in 2020 and certainly falls in no bounded period.
/// Undated records match neither.
/// </remarks>
public enum DateMatch
{
    /// <summary>
    /// The record may fall in the period: at least one day its date may mean lies inside it
    /// (<see cref="PartialDateInterval.Overlaps(NodaTime.DateInterval)"/>).
    /// </summary>
    Possibly,

    /// <summary>
    /// The record falls in the period whatever day its date means: every day it may mean lies inside it
    /// (<see cref="PartialDateInterval.IsWithin(NodaTime.DateInterval)"/>).
    /// </summary>
    Certainly,
}
