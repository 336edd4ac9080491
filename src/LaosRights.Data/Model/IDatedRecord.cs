namespace LaosRights.Data;

/// <summary>
/// A record that may carry a date: an <see cref="Event"/>, <see cref="Source"/>, <see cref="Figure"/>,
/// <see cref="Claim"/>, <see cref="Quotation"/>, <see cref="Score"/> or <see cref="Ranking"/>.
/// </summary>
/// <remarks>
/// The date filters (<see cref="TimeQueries.InYear{T}(IEnumerable{T}, int, DateMatch)"/>,
/// <see cref="TimeQueries.During{T}(IEnumerable{T}, NodaTime.DateInterval, DateMatch)"/>) and
/// <see cref="TimeQueries.InChronologicalOrder{T}(IEnumerable{T})"/> work on any sequence of these, mixtures of kinds
/// included; <see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/> orders all of them together.
/// Only the types of this library implement it.
/// </remarks>
public interface IDatedRecord
{
    /// <summary>The record's stable id (<see cref="DatasetRecord.Id"/>).</summary>
    string Id { get; }

    /// <summary>Where the record first appears in the article (<see cref="DatasetRecord.NarrativePosition"/>).</summary>
    int NarrativePosition { get; }

    /// <summary>The record's date at the precision the article gives (for a score or ranking, its edition year); <see langword="null"/> when the article gives none.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "'Date' is the name every record kind already uses; only Visual Basic reserves it, and only this library implements the interface.")]
    PartialDateInterval? Date { get; }

    /// <summary>What <see cref="Date"/> is the date of: when it happened, was published, reported, submitted, promulgated, an edition, a deadline, an expectation.</summary>
    DateMeaning DateMeaning { get; }

    /// <summary>How <see cref="Date"/> was derived when the article does not state it in so many words; <see langword="null"/> when it is stated (or absent).</summary>
    string? DateDerivation { get; }
}
