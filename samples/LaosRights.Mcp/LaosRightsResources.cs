using System.ComponentModel;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;
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
    [Description("One section of the article, by its number in laosrights://article/sections (0 is the title and lead): its path of headings, then its text with its subsections.")]
    public string Section([Description("The section's number, from 0, as listed in laosrights://article/sections.")] int number)
    {
        var sections = catalog.Data.Article.Sections;
        if (number < 0 || number >= sections.Count)
        {
            throw new McpException($"Invalid argument 'number': there is no section {number}. Accepted values: 0 to {sections.Count - 1} (see {SectionsUri}).");
        }

        var section = sections[number];
        return string.Join(" › ", section.Path) + "\n\n" + catalog.Data.Article.Text[section.Start..section.End];
    }

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
