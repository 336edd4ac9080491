using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace LaosRights.Mcp;

/// <summary>
/// The resources: the article text, its sections (with the offsets that evidence quotes refer to), and the licence and
/// attribution that any answer built on the data must carry.
/// </summary>
/// <param name="catalog">The dataset.</param>
[McpServerResourceType]
internal sealed class LaosRightsResources(Catalog catalog)
{
    public const string ArticleUri = "laosrights://article";
    public const string SectionsUri = "laosrights://article/sections";
    public const string LicenceUri = "laosrights://licence";
    public const string SectionUriTemplate = "laosrights://article/sections/{number}";

    [McpServerResource(UriTemplate = ArticleUri, Name = "article", Title = "The article 'Human rights in Laos' (plain text)", MimeType = "text/plain")]
    [Description("The full text of the English Wikipedia article 'Human rights in Laos' that the dataset is drawn from, with its headings as '== Heading ==' lines. Evidence offsets (start, length) index this text in UTF-16 code units. CC BY-SA 4.0: see laosrights://licence.")]
    public string Article() => catalog.Data.Article.Text;

    [McpServerResource(UriTemplate = SectionsUri, Name = "article-sections", Title = "The article's sections (JSON)", MimeType = "application/json")]
    [Description("The article's sections as JSON: each with its title, level (1 title, 2 section, 3 subsection), path of headings, and start/end offsets in the article text, so a quote's section can be read in full.")]
    public string Sections()
    {
        var sections = catalog.Data.Article.Sections.Select((s, i) => new
        {
            number = i,
            uri = SectionUriTemplate.Replace("{number}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            title = s.Title,
            level = s.Level,
            path = s.Path,
            start = s.Start,
            end = s.End,
        });
        return JsonSerializer.Serialize(new { article = catalog.Data.Article.Title, sections }, Json.Options);
    }

    [McpServerResource(UriTemplate = SectionUriTemplate, Name = "article-section", Title = "One section of the article (plain text)", MimeType = "text/plain")]
    [Description("One section of the article, by its number in laosrights://article/sections: its path of headings, then its text."
        + " Section 0 is the title and lead only (the text before the first section heading); every other section comes with its subsections.")]
    public string Section([Description("The section's number, from 0, as listed in laosrights://article/sections.")] string number)
    {
        var sections = catalog.Data.Article.Sections;
        var n = SectionNumber(number, sections.Count);
        var section = sections[n];
        var end = n == 0 && sections.Count > 1 ? sections[1].Start : section.End;
        return string.Join(" › ", section.Path) + "\n\n" + catalog.Data.Article.Text[section.Start..end].TrimEnd() + "\n";
    }

    /// <summary>
    /// The incoming-message filter: a resources/read of a section URI whose number is not a section's is answered here
    /// with an invalid-params protocol error (-32602) naming the accepted range, before any handler runs, because the
    /// SDK logs an exception thrown by a resource (or a request filter) with its stack trace.
    /// </summary>
    public static McpMessageHandler Filter(McpMessageHandler next) =>
        async (context, cancellationToken) =>
        {
            if (context.JsonRpcMessage is JsonRpcRequest { Method: RequestMethods.ResourcesRead } request
                && request.Params?["uri"]?.GetValueKind() == JsonValueKind.String
                && request.Params["uri"]!.GetValue<string>() is { } uri
                && uri.StartsWith(SectionsUri + "/", StringComparison.Ordinal)
                && context.Services?.GetService(typeof(Catalog)) is Catalog catalog
                && SectionProblem(Uri.UnescapeDataString(uri[(SectionsUri.Length + 1)..]), catalog.Data.Article.Sections.Count) is { } problem)
            {
                await context.Server.SendMessageAsync(
                    new JsonRpcError { Id = request.Id, Error = new JsonRpcErrorDetail { Code = (int)McpErrorCode.InvalidParams, Message = problem } },
                    cancellationToken);
                return;
            }

            await next(context, cancellationToken);
        };

    /// <summary>Reads a section number, or throws an invalid-params protocol error naming the accepted range.</summary>
    private static int SectionNumber(string text, int count) =>
        SectionProblem(text, count) is { } problem
            ? throw new McpProtocolException(problem, McpErrorCode.InvalidParams)
            : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Why a section number is not accepted, or <see langword="null"/> when it is one.</summary>
    private static string? SectionProblem(string text, int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < count
            ? null
            : $"Invalid section number '{text}' in {SectionUriTemplate}: there is no such section. Accepted values: the whole numbers 0 to {count - 1} (see {SectionsUri}).";

    [McpServerResource(UriTemplate = LicenceUri, Name = "licence", Title = "Licence and attribution (CC BY-SA 4.0)", MimeType = "text/markdown")]
    [Description("The licence (CC BY-SA 4.0) and the attribution to the English Wikipedia article 'Human rights in Laos' and its contributors that any answer built on this data must carry.")]
    public string Licence()
    {
        var article = catalog.Data.Article;
        return new StringBuilder()
            .AppendLine($"# Licence and attribution: {article.Title}")
            .AppendLine()
            .AppendLine($"{article.Attribution}")
            .AppendLine()
            .AppendLine($"- Source: {article.SourceUrl}")
            .AppendLine($"- Licence: {article.License} ({article.LicenseUrl})")
            .AppendLine($"- Article text SHA-256: {article.Sha256}")
            .AppendLine($"- Data version: {catalog.Data.DataVersion} (LaosRights.Data)")
            .AppendLine()
            .AppendLine("Any answer, summary or work built on these records must carry this attribution and, where it is shared, the same licence (CC BY-SA 4.0).")
            .AppendLine("Quote the article's words as the records give them, and keep each record's precision and standing: a bound is not a count, a year is not a day,")
            .AppendLine("an allegation or a concern is someone's statement, not a finding of the article.")
            .ToString();
    }
}
