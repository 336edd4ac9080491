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

        CheckEncoding(utf8Json);
        return DatasetMapper.Map(Parse(utf8Json, options), EmbeddedData.ArticleBytes);
    }

    /// <summary>
    /// Loads JSON text. It is encoded to UTF-8 strictly, so that text holding an unpaired surrogate (which no UTF-8
    /// input can hold) is rejected as bytes and streams reject it, never silently replaced by U+FFFD.
    /// </summary>
    public static LaosRightsDataset Load(string json, DatasetLoadOptions options)
    {
        // Each UTF-16 code unit is at least one UTF-8 byte: reject before encoding a huge string.
        if (json.Length > options.MaxInputBytes)
        {
            throw TooLarge(options);
        }

        var unpaired = UnpairedSurrogate(json);
        if (unpaired >= 0)
        {
            var (line, column) = LineAndColumn(json.AsSpan(0, unpaired));
            throw new DatasetValidationException(
                [new DatasetProblem("$", $"not valid text: an unpaired UTF-16 surrogate (U+{(int)json[unpaired]:X4}) at line {line}, column {column}; it cannot be encoded as UTF-8.")],
                null);
        }

        return Load(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    private static int UnpairedSurrogate(string text)
    {
        var i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); // vectorized: most text has no surrogates at all
        while (i >= 0 && i < text.Length)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>Rejects input that is not UTF-8, naming the encoding it is in when that is clear (UTF-16 and UTF-32 are common).</summary>
    private static void CheckEncoding(ReadOnlySpan<byte> input)
    {
        var other = input switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian, with a byte order mark)",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian, with a byte order mark)",
            [0xFF, 0xFE, ..] => "UTF-16 (little-endian, with a byte order mark)",
            [0xFE, 0xFF, ..] => "UTF-16 (big-endian, with a byte order mark)",
            [not 0, 0, 0, 0, ..] => "UTF-32 (little-endian)",
            [0, 0, 0, not 0, ..] => "UTF-32 (big-endian)",
            [not 0, 0, ..] => "UTF-16 (little-endian)",
            [0, not 0, ..] => "UTF-16 (big-endian)",
            _ => null,
        };
        if (other is not null)
        {
            throw new DatasetValidationException([new DatasetProblem("$", $"the input is {other}; a dataset file must be UTF-8. Save it again as UTF-8.")], null);
        }

        if (!System.Text.Unicode.Utf8.IsValid(input))
        {
            // Find the first invalid byte only now: the check above is vectorized, this loop is not.
            var at = 0;
            while (System.Text.Rune.DecodeFromUtf8(input[at..], out _, out var length) == OperationStatus.Done)
            {
                at += length;
            }

            var (line, column) = LineAndColumn(input[..at]);
            throw new DatasetValidationException(
                [new DatasetProblem("$", $"not valid UTF-8: byte 0x{input[at]:X2} at line {line}, column {column} (byte {at + 1} of the input) does not start a valid UTF-8 sequence.")],
                null);
        }
    }

    /// <summary>The 1-based line and column (in characters) just after <paramref name="before"/>, the UTF-8 text before a position.</summary>
    internal static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> before)
    {
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before[..lineStart].Count((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            column += (b & 0xC0) == 0x80 ? 0 : 1; // count the first byte of each character, not continuation bytes
        }

        return (line, column);
    }

    /// <summary>The 1-based column, in characters, of the byte <paramref name="byteInLine"/> (0-based) of the line <paramref name="lineIndex"/> (0-based).</summary>
    internal static long Column(ReadOnlySpan<byte> input, long lineIndex, long byteInLine)
    {
        var lineStart = 0;
        for (var l = 0L; l < lineIndex && lineStart < input.Length; l++)
        {
            var next = input[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? input.Length : lineStart + next + 1;
        }

        var line = input[lineStart..];
        return LineAndColumn(line[..(int)Math.Min(byteInLine, line.Length)]).Column;
    }

    /// <summary>The 1-based line and column (in UTF-16 code units) just after <paramref name="before"/>.</summary>
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<char> before)
    {
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before[..lineStart].Count('\n') + 1, before.Length - lineStart + 1);
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
