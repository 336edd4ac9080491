using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LaosRights.Data.Serialization;

/// <summary>Reads the article text and the dataset embedded in this assembly.</summary>
internal static class EmbeddedData
{
    public const string ArticleResourceName = "LaosRights.Data.human-rights-in-laos.txt";
    public const string DatasetResourceName = "LaosRights.Data.dataset.json";

    public static LaosRightsDataset LoadDefault()
    {
        var articleBytes = ReadResource(ArticleResourceName);
        var document = ReadDocument(ReadResource(DatasetResourceName));
        return DatasetMapper.Map(document, articleBytes);
    }

    public static byte[] ReadResource(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded resource '{name}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static DatasetDocument ReadDocument(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, DatasetJsonContext.Default.DatasetDocument)
                ?? throw new InvalidDataException("The dataset JSON is 'null'.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The dataset JSON is malformed: {e.Message}", e);
        }
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string DecodeArticle(byte[] bytes) => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
}
