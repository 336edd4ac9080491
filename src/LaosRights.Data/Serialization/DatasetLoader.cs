using System.Buffers;

namespace LaosRights.Data.Serialization;

/// <summary>Turns UTF-8 JSON into a dataset: limits first, then parsing, then <see cref="DatasetMapper"/>.</summary>
internal static class DatasetLoader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static LaosRightsDataset Load(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions options)
    {
        if (utf8Json.Length > options.MaxInputBytes)
        {
            throw TooLarge(options);
        }

        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        return DatasetMapper.Map(Parse(utf8Json, options), EmbeddedData.ArticleBytes);
    }

    public static LaosRightsDataset Load(Stream stream, DatasetLoadOptions options)
    {
        // Read into a pooled buffer sized from the stream's length when it has one (a resource stream, a file), so that
        // loading allocates nothing for the input itself; the limit is checked before reading and after every read.
        var limit = options.MaxInputBytes;
        var largest = limit < Array.MaxLength ? (int)limit + 1 : Array.MaxLength; // the largest buffer worth having: one byte over the limit
        var size = Math.Min(16 * 1024, largest);
        if (stream.CanSeek)
        {
            var remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > limit)
            {
                throw TooLarge(options);
            }

            size = (int)Math.Min(remaining + 1, largest); // one byte more, so that the read that finds the end needs no larger buffer
        }

        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= largest)
                    {
                        throw TooLargeForMemory();
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, largest));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw TooLarge(options);
                }
            }

            return Load(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static DatasetDocument Parse(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions options) =>
        DatasetJsonReader.Read(utf8Json, options);

    private static DatasetValidationException TooLargeForMemory() =>
        new([new DatasetProblem("$", $"the input is larger than {Array.MaxLength} bytes, the most that can be read into memory at once.")], null);

    public static DatasetValidationException TooLarge(DatasetLoadOptions options) =>
        new([new DatasetProblem("$", $"the input is larger than the limit of {options.MaxInputBytes} bytes (DatasetLoadOptions.MaxInputBytes).")], null);
}
