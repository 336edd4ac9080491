using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LaosRights.Data.Reanchor.Text;

namespace LaosRights.Data.Reanchor;

/// <summary>
/// Moves a dataset to a new revision of its article: every evidence quote is looked up in the new text and classified
/// (<see cref="EvidenceStatus"/>), every record is judged (<see cref="RecordStatus"/>), and the data file is rewritten
/// with the new positions and the new article. Typed values are never changed; a quote is reworded only when the new
/// wording differs from the old in citation markers and typography alone (any other word needs review). See docs/reanchor.md.
/// </summary>
public static class DatasetReanchor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The canonical form of the data file (DatasetExport.WriteJson): two-space indents, LF, readable non-ASCII.
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Re-anchors a dataset to a new revision of its article.</summary>
    /// <param name="datasetUtf8Json">The dataset, UTF-8 JSON in the library's format; it must load with <see cref="LaosRightsDataset.Parse(ReadOnlySpan{byte}, DatasetLoadOptions?)"/>.</param>
    /// <param name="newArticleText">The new revision, in the article's plain-text form (LF line ends, headings <c>= Title =</c>, <c>== Section ==</c>), starting with the level-1 title heading.</param>
    /// <param name="options">The similarity threshold and load limits; <see langword="null"/> for <see cref="ReanchorOptions.Default"/>.</param>
    /// <returns>
    /// The new data file and the report. The file cites the new text: its SHA-256 in <c>article.sha256</c> and the text
    /// itself in <c>article.text</c>, unless the new text is the article embedded in the library, which is named by its
    /// SHA-256 only. When the new text is the old one, the file is returned byte for byte as given.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="newArticleText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="newArticleText"/> is not an article text (it does not start with a level-1 heading, or is not valid Unicode).</exception>
    /// <exception cref="DatasetValidationException">The dataset does not load; <see cref="DatasetValidationException.Problems"/> says why.</exception>
    public static ReanchorResult Reanchor(ReadOnlySpan<byte> datasetUtf8Json, string newArticleText, ReanchorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(newArticleText);
        options ??= ReanchorOptions.Default;
        var input = LaosRightsDataset.Parse(datasetUtf8Json, options.LoadOptions);
        var inputBytes = datasetUtf8Json.ToArray();
        var body = inputBytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? inputBytes.AsMemory(Encoding.UTF8.Preamble.Length) : inputBytes;
        var root = JsonNode.Parse(body.Span, documentOptions: new JsonDocumentOptions { MaxDepth = (options.LoadOptions ?? DatasetLoadOptions.Default).MaxDepth })!.AsObject();
        var newArticle = ParseArticle(root, newArticleText);
        return new Reanchoring(input, root, inputBytes, newArticle, options.SimilarityThreshold).Run();
    }

    /// <summary>The new text as an <see cref="Article"/> (sections and all), read by the library's own loader.</summary>
    private static Article ParseArticle(JsonObject root, string text)
    {
        try
        {
            _ = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("The new article text is not valid Unicode (it holds an unpaired surrogate).", nameof(text), e);
        }

        var article = root["article"]!.AsObject().DeepClone().AsObject();
        article["sha256"] = Sha256(text);
        article["text"] = text;
        var probe = new JsonObject
        {
            ["schemaVersion"] = root["schemaVersion"]?.DeepClone(),
            ["dataVersion"] = root["dataVersion"]?.DeepClone(),
            ["article"] = article,
        };
        foreach (var (name, value) in root)
        {
            if (value is JsonArray)
            {
                probe[name] = new JsonArray();
            }
        }

        try
        {
            var json = probe.ToJsonString();
            return LaosRightsDataset.Parse(json, LimitsFor(Encoding.UTF8.GetByteCount(json))).Article;
        }
        catch (DatasetValidationException e)
        {
            throw new ArgumentException("The new article text is not an article text: " + string.Join("; ", e.Problems.Select(p => p.Message)), nameof(text), e);
        }
    }

    /// <summary>
    /// The loader's default limits, raised to <paramref name="bytes"/> when needed: a file this engine made from input
    /// that was within the caller's limits (the text it embeds may make it larger) is read whatever its size.
    /// </summary>
    internal static DatasetLoadOptions LimitsFor(long bytes) =>
        bytes <= DatasetLoadOptions.Default.MaxInputBytes ? DatasetLoadOptions.Default : new DatasetLoadOptions { MaxInputBytes = bytes };

    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static byte[] Write(JsonObject root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            root.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
