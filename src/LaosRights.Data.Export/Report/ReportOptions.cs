namespace LaosRights.Data;

/// <summary>Options for <see cref="DatasetReport.WriteHtml(LaosRightsDataset, Stream, ReportOptions?)"/>.</summary>
/// <remarks>Immutable; <see cref="Default"/> is shared.</remarks>
public sealed record ReportOptions
{
    /// <summary>The options used when none are given: the default title, no description of a selection.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// The page's title (the <c>title</c> element and the first heading), or <see langword="null"/> for
    /// "<i>article title</i>: the data" ("Human rights in Laos: the data").
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// What part of the data the report shows, in words, when it is a filtered subset
    /// ("events that may fall from 2003 to 2009; topic forced-return"); shown under the title.
    /// <see langword="null"/> (the default) says nothing about a selection.
    /// </summary>
    public string? Selection { get; init; }

    /// <summary>
    /// The ids of the records a filter chose, when the dataset is a subset made of those records and every record they
    /// refer to (<see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>): the chronology chart
    /// and its table show only these, so that a record pulled in as context (an earlier event a chosen one refers to) is
    /// not drawn as if it had been chosen; context records keep their cards. Ids that are not in the dataset are ignored.
    /// <see langword="null"/> (the default): every dated record of the dataset is in the chronology.
    /// </summary>
    public IReadOnlyCollection<string>? ChosenIds { get; init; }
}
