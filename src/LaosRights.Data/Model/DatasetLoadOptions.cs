namespace LaosRights.Data;

/// <summary>Limits that protect <see cref="LaosRightsDataset.Load(Stream, DatasetLoadOptions?)"/> against oversized or hostile input.</summary>
public sealed record DatasetLoadOptions
{
    /// <summary>The default options: at most 16 MiB of input and 64 levels of JSON nesting.</summary>
    public static DatasetLoadOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (default 16 MiB). Larger input is rejected before it is parsed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxInputBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 16 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted (default 64; the format itself needs 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 64;
}
