using System.Text.Json;

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

    public static DatasetDocument Parse(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions options)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            var document = JsonSerializer.Deserialize(ref reader, DatasetJsonContext.Default.DatasetDocument);
            if (reader.Read())
            {
                throw new DatasetValidationException([new DatasetProblem("$", $"unexpected content after the end of the JSON document at byte {reader.TokenStartIndex}.")], null);
            }

            return document ?? throw new DatasetValidationException([new DatasetProblem("$", "the document is 'null'; expected an object.")], null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1} of the line)" : "";
            throw new DatasetValidationException([new DatasetProblem(e.Path ?? "$", $"not valid JSON for this format{where}: {FirstSentence(e.Message)}")], e);
        }
    }

    public static DatasetValidationException TooLarge(DatasetLoadOptions options) =>
        new([new DatasetProblem("$", $"the input is larger than the limit of {options.MaxInputBytes} bytes (DatasetLoadOptions.MaxInputBytes).")], null);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
