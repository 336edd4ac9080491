using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// Every way in (text, bytes, stream, file) accepts and rejects the same documents with the same problems, and the
/// messages for the commonest mistakes (another encoding, a syntax error, a missing version) say what to do.
/// </summary>
public class InputPathAndMessageTests
{
    private static readonly byte[] Shipped = EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName);

    /// <summary>Documents given as UTF-8 bytes; each is also read as text where UTF-8 can hold it.</summary>
    public static TheoryData<string, byte[]> Documents() => new()
    {
        { "the shipped file", Shipped },
        { "with a byte order mark", [0xEF, 0xBB, 0xBF, .. Shipped] },
        { "an escaped unpaired high surrogate", WithName("\\ud800") },
        { "an escaped unpaired low surrogate", WithName("\\udc00x") },
        { "an escaped surrogate pair", WithName("\\ud83d\\ude00") },
        { "a raw character outside the BMP", WithName("\U0001F600") },
        { "a replacement character", WithName("\uFFFD") },
        { "an escaped NUL", WithName("a\\u0000b") },
        { "a raw line break in a string", WithName("a\nb") },
        { "an empty document", [] },
        { "a syntax error", Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"dataVersion\": x\n}") },
        { "nothing but a byte order mark", [0xEF, 0xBB, 0xBF] },
        { "two byte order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Shipped] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_bytes_stream_and_file_give_the_same_result(string name, byte[] utf8)
    {
        var fromBytes = Outcome(() => LaosRightsDataset.Parse(utf8));
        var fromStream = Outcome(() => LaosRightsDataset.Load(new MemoryStream(utf8)));
        var fromPieces = Outcome(() => LaosRightsDataset.Load(new OneByteStream(utf8)));
        var file = Path.Combine(Path.GetTempPath(), $"laos-paths-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, utf8);
        string fromFile;
        try
        {
            fromFile = Outcome(() => LaosRightsDataset.Load(file));
        }
        finally
        {
            File.Delete(file);
        }

        var fromText = Outcome(() => LaosRightsDataset.Parse(new UTF8Encoding(false, true).GetString(utf8)));

        fromStream.Should().Be(fromBytes, name);
        fromPieces.Should().Be(fromBytes, name);
        fromFile.Should().Be(fromBytes, name);
        fromText.Should().Be(fromBytes, name);
    }

    [Fact]
    public void Escaped_unpaired_surrogates_are_rejected_where_they_are_and_pairs_are_read()
    {
        Problems(WithName("\\ud800")).Should().ContainSingle().Which.Path.Should().Be("$.actors[0].name");
        LaosRightsDataset.Parse(WithName("\\ud83d\\ude00")).Actors[0].Name.Should().Be("\U0001F600");
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_rejected_not_replaced()
    {
        // Encoding.UTF8 would turn it into U+FFFD, a document the byte entries never see: text is rejected instead.
        var json = Encoding.UTF8.GetString(WithName("NAME")).Replace("NAME", "a\uD800b", StringComparison.Ordinal);

        var problem = FluentActions.Invoking(() => LaosRightsDataset.Parse(json)).Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$");
        problem.Message.Should().StartWith("not valid text: an unpaired UTF-16 surrogate (U+D800) at line ").And.EndWith("; it cannot be encoded as UTF-8.");
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_rejected_with_their_position()
    {
        byte[] json = [.. "{\n  \"dataVersion\": \"a"u8, 0xC3, 0x28, .. "\"}"u8];

        Problems(json).Should().Equal(new DatasetProblem("$", "not valid UTF-8: byte 0xC3 at line 2, column 20 (byte 22 of the input) does not start a valid UTF-8 sequence."));
        Problems([.. "{\"dataVersion\": \"\u00e9"u8, 0xFF]).Single().Message.Should().Contain("byte 0xFF at line 1, column 19");
    }

    [Theory]
    [InlineData("utf-16LE", true, "UTF-16 (little-endian, with a byte order mark)")]
    [InlineData("utf-16BE", true, "UTF-16 (big-endian, with a byte order mark)")]
    [InlineData("utf-16LE", false, "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", false, "UTF-16 (big-endian)")]
    [InlineData("utf-32LE", true, "UTF-32 (little-endian, with a byte order mark)")]
    [InlineData("utf-32LE", false, "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", false, "UTF-32 (big-endian)")]
    public void A_file_in_another_Unicode_encoding_says_which_and_that_UTF_8_is_needed(string encoding, bool bom, string named)
    {
        var e = Encoding.GetEncoding(encoding);
        byte[] json = [.. bom ? e.GetPreamble() : [], .. e.GetBytes(Encoding.UTF8.GetString(Shipped))];

        Problems(json).Should().Equal(new DatasetProblem("$", $"the input is {named}; a dataset file must be UTF-8. Save it again as UTF-8."));
    }

    [Theory]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"dataVersion\": x\n}", "$", 3, 18)]
    [InlineData("{\"schemaVersion\": 1,}", "$", 1, 21)]
    [InlineData("{\"dataVersion\": \"\u00e9\u00e9\", x}", "$", 1, 23)]
    [InlineData("{\"schemaVersion\": 1", "$", 1, 20)]
    public void A_syntax_error_gives_its_position_once_as_a_1_based_line_and_column(string json, string path, int line, int column)
    {
        var problem = Problems(Encoding.UTF8.GetBytes(json)).Should().ContainSingle().Which;

        problem.Path.Should().Be(path);
        problem.Message.Should().StartWith($"not valid JSON at line {line}, column {column}: ");
        problem.Message.Should().NotContainAny("LineNumber", "BytePositionInLine", "byte ");
    }

    [Fact]
    public void An_empty_object_says_that_the_schema_version_is_missing()
    {
        Problems("{}"u8.ToArray()).Should().Equal(new DatasetProblem("$.schemaVersion", "'schemaVersion' is missing; it is required."));
    }

    [Fact]
    public void A_missing_required_property_is_reported_as_missing()
    {
        var document = JsonNode.Parse(Shipped)!;
        document["events"]![0]!.AsObject().Remove("summary");
        document.AsObject().Remove("dataVersion");

        Problems(Encoding.UTF8.GetBytes(document.ToJsonString())).Should().BeEquivalentTo(
        [
            new DatasetProblem("events[0] 'sombath-somphone-disappearance'.summary", "required."),
            new DatasetProblem("dataVersion", "required."),
        ]);
    }

    private static byte[] WithName(string jsonStringContent)
    {
        var text = Encoding.UTF8.GetString(Shipped);
        var at = text.IndexOf("\"name\": \"", StringComparison.Ordinal) + 9;
        var end = text.IndexOf('"', at);
        return Encoding.UTF8.GetBytes(text[..at] + jsonStringContent + text[end..]);
    }

    private static List<DatasetProblem> Problems(byte[] json) =>
        [.. FluentActions.Invoking(() => LaosRightsDataset.Parse(json)).Should().Throw<DatasetValidationException>().Which.Problems];

    private static string Outcome(Func<LaosRightsDataset> load)
    {
        try
        {
            var d = load();
            return $"loaded {d.AllRecords.Count} records, first actor {d.Actors[0].Name}";
        }
        catch (DatasetValidationException e)
        {
            return string.Join("\n", e.Problems);
        }
        catch (DecoderFallbackException)
        {
            return "not UTF-8"; // the text entry cannot be given these bytes at all
        }
    }

    /// <summary>A stream without a length that returns one byte per read.</summary>
    private sealed class OneByteStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position == bytes.Length || count == 0)
            {
                return 0;
            }

            buffer[offset] = bytes[_position++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
