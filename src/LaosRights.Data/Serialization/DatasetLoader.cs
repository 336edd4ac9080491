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
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
            {
                throw TooLarge(options);
            }

            buffer.Write(chunk, 0, read);
        }

        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    public static DatasetDocument Parse(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions options) =>
        DatasetJsonReader.Read(utf8Json, options);

    public static DatasetValidationException TooLarge(DatasetLoadOptions options) =>
        new([new DatasetProblem("$", $"the input is larger than the limit of {options.MaxInputBytes} bytes (DatasetLoadOptions.MaxInputBytes).")], null);
}
