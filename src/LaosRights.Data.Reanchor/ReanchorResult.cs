namespace LaosRights.Data.Reanchor;

/// <summary>The outcome of <see cref="DatasetReanchor.Reanchor(ReadOnlySpan{byte}, string, ReanchorOptions?)"/>: the new data file and the report.</summary>
public sealed class ReanchorResult
{
    private readonly byte[] _datasetUtf8Json;

    internal ReanchorResult(byte[] datasetUtf8Json, LaosRightsDataset? dataset, ReanchorReport report)
    {
        _datasetUtf8Json = datasetUtf8Json;
        Dataset = dataset;
        Report = report;
    }

    /// <summary>
    /// The new data file, UTF-8 JSON in the canonical form (two-space indents, LF, a final line break). Supported records
    /// cite the new text; a record that needs review or is unsupported keeps the quotes the tool could not re-anchor
    /// (its values are never changed), so such a file loads only after a person has resolved them (see <see cref="IsComplete"/>).
    /// </summary>
    public ReadOnlyMemory<byte> DatasetUtf8Json => _datasetUtf8Json;

    /// <summary>Whether every record is supported and the new file loads with the library's loader, every rule passing.</summary>
    public bool IsComplete => Dataset is not null;

    /// <summary>The new file, loaded; <see langword="null"/> unless <see cref="IsComplete"/>.</summary>
    public LaosRightsDataset? Dataset { get; }

    /// <summary>What became of every quote and record, and what the new text adds.</summary>
    public ReanchorReport Report { get; }

    /// <summary>Returns whether the re-anchoring is complete, and the report's counts.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() => (IsComplete ? "complete: " : "needs review: ") + Report;
}
