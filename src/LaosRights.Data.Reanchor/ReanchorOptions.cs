namespace LaosRights.Data.Reanchor;

/// <summary>Settings of <see cref="DatasetReanchor.Reanchor(ReadOnlySpan{byte}, string, ReanchorOptions?)"/>.</summary>
public sealed record ReanchorOptions
{
    /// <summary>The defaults: threshold 0.6, the loader's default limits.</summary>
    public static ReanchorOptions Default { get; } = new();

    /// <summary>
    /// The least similarity (0 to 1, see <see cref="EvidenceOutcome.Similarity"/>) at which a quote that is no longer
    /// verbatim counts as <see cref="EvidenceStatus.Changed"/> rather than <see cref="EvidenceStatus.Lost"/>. Default 0.6.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not greater than 0 or is greater than 1 (or is NaN).</exception>
    public double SimilarityThreshold
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The similarity threshold must be greater than 0 and at most 1.");
            }

            field = value;
        }
    } = 0.6;

    /// <summary>Limits for reading the dataset; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</summary>
    public DatasetLoadOptions? LoadOptions { get; init; }
}
