using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Reanchor;

namespace LaosRights.Data.Reanchor.Tests;

/// <summary>The shipped data and article, and edit scripts that make revisions of it the way encyclopedia articles change.</summary>
internal static class Revisions
{
    private static readonly Lazy<byte[]> LazyShipped = new(() =>
    {
        using var stream = typeof(LaosRightsDataset).Assembly.GetManifestResourceStream("LaosRights.Data.dataset.json")
            ?? throw new InvalidOperationException("The shipped dataset resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The shipped data file, byte for byte (the embedded resource).</summary>
    public static byte[] ShippedJson => LazyShipped.Value;

    /// <summary>The shipped article text.</summary>
    public static string Article => LaosRightsDataset.Default.Article.Text;

    /// <summary>Re-anchors the shipped data to <paramref name="newText"/>.</summary>
    public static ReanchorResult Reanchor(string newText, ReanchorOptions? options = null) =>
        DatasetReanchor.Reanchor(ShippedJson, newText, options);

    /// <summary>Replaces <paramref name="old"/>, which must occur exactly once, by <paramref name="replacement"/>.</summary>
    public static string ReplaceOnce(this string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the article must contain \"{old}\"");
        text.IndexOf(old, at + 1, StringComparison.Ordinal).Should().Be(-1, $"\"{old}\" must occur once");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>Adds a citation marker <c>[n]</c> after every sentence of every paragraph (not headings or list items), as the article's source shows them.</summary>
    public static string WithCitationMarkers(string text)
    {
        var result = new StringBuilder();
        var n = 0;
        foreach (var line in text.Split('\n'))
        {
            if (result.Length > 0)
            {
                result.Append('\n');
            }

            if (line.Length == 0 || line[0] is '=' or '-')
            {
                result.Append(line);
                continue;
            }

            for (var i = 0; i < line.Length; i++)
            {
                result.Append(line[i]);
                var endsSentence = line[i] == '.' && i > 0 && char.IsLower(line[i - 1]) || (line[i] == '.' && i > 0 && char.IsDigit(line[i - 1]));
                if (endsSentence && (i == line.Length - 1 || line[i + 1] == ' '))
                {
                    result.Append('[').Append(++n).Append(']');
                }
            }
        }

        return result.ToString();
    }

    /// <summary>Straight double quotes become “ and ”, apostrophes ’.</summary>
    public static string WithCurlyQuotes(string text)
    {
        var result = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    result.Append(open ? '\u201C' : '\u201D');
                    open = !open;
                    break;
                case '\'':
                    result.Append('\u2019');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    public static RecordOutcome Record(this ReanchorResult result, string id) => result.Report.Records.Single(r => r.Id == id);

    /// <summary>Every record of a data file without its evidence: what a re-anchoring must never change.</summary>
    public static Dictionary<string, JsonNode> ValuesById(ReadOnlySpan<byte> json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var values = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (_, list) in root)
        {
            if (list is not JsonArray records)
            {
                continue;
            }

            foreach (var record in records)
            {
                var copy = record!.DeepClone().AsObject();
                copy.Remove("evidence");
                values.Add(copy["id"]!.GetValue<string>(), copy);
            }
        }

        return values;
    }
}
