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
}
