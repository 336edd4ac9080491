using System.Security.Cryptography;
using System.Text;

namespace LaosRights.Data.Serialization;

/// <summary>Reads the article text and the dataset embedded in this assembly.</summary>
internal static class EmbeddedData
{
    public const string ArticleResourceName = "LaosRights.Data.human-rights-in-laos.txt";
    public const string DatasetResourceName = "LaosRights.Data.dataset.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The SHA-256 of <see cref="ArticleBytes"/>, fixed at build time so that loading the embedded data needs no hashing
    /// (hashing loads the cryptography stack, a cost every process start would pay). A test recomputes it from the bytes.
    /// </summary>
    public const string ArticleSha256 = "b5dcb4957fc9aff3000ec48a1d00130306e655515c014913ec8f42650a386798";

    public static byte[] ArticleBytes => LazyArticleBytes.Value;

    private static readonly Lazy<byte[]> LazyArticleBytes = new(() => ReadResource(ArticleResourceName));

    public static LaosRightsDataset LoadDefault() => DatasetLoader.Load(ReadResource(DatasetResourceName), DatasetLoadOptions.Default);

    public static byte[] ReadResource(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string DecodeArticle(byte[] bytes) => StrictUtf8.GetString(bytes);
}
