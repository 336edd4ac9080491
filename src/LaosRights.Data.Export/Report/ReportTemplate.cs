using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace LaosRights.Data;

/// <summary>
/// The report's Liquid template (<c>report.liquid</c>), style sheet and script, embedded in the assembly, and the
/// Fluid engine that renders them with HTML encoding of every value.
/// </summary>
internal static class ReportTemplate
{
    private const string ResourcePrefix = "LaosRights.Data.Export.Report.";

    // Every value written with {{ }} is encoded: < > & " ' and the characters HTML needs escaped, never letters of any
    // script, so the page stays readable as source. Only the page's own style sheet and script are written raw.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Lazy<(IFluidTemplate Template, TemplateOptions Options)> Engine = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> LazyCss = new(
        () => StandingVariables() + ReadResource("report.css"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> LazyScript = new(() => ReadResource("report.js"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The page's style sheet: the standing colours as CSS variables, then <c>report.css</c>.</summary>
    public static string Css => LazyCss.Value;

    /// <summary>The page's script, <c>report.js</c>.</summary>
    public static string Script => LazyScript.Value;

    /// <summary>
    /// The page's Content-Security-Policy: nothing may load from anywhere (<c>default-src 'none'</c>), and only the
    /// page's own style element and script element run, named by their SHA-256 hashes.
    /// </summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    public static string Render(ReportModel model)
    {
        var (template, options) = Engine.Value;
        var context = new TemplateContext(model, options) { CultureInfo = CultureInfo.InvariantCulture };
        var html = template.Render(context, Encoder);
        return html.ReplaceLineEndings("\n");
    }

    private static (IFluidTemplate, TemplateOptions) Create()
    {
        var parser = new FluidParser();
        var source = ReadResource("report.liquid");
        if (!parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException("The embedded report template does not parse: " + error);
        }

        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        var access = options.MemberAccessStrategy;
        access.Register<ReportModel>();
        access.Register<ReportLink>();
        access.Register<CardField>();
        access.Register<CardEvidence>();
        access.Register<RecordCard>();
        access.Register<CardGroup>();
        access.Register<StandingLabel>();
        access.Register<StandingStyle>();
        access.Register<ChronologyRow>();
        access.Register<AxisTick>();
        access.Register<ChartShape>();
        access.Register<TimelineRow>();
        access.Register<LegendItem>();
        access.Register<TimelineChart>();
        access.Register<FigureRow>();
        access.Register<FigureChart>();
        access.Register<ArticlePiece>();
        access.Register<ArticleLine>();
        access.Register<ArticleBlock>();
        access.Register<WhoSaysList>();
        access.Register<WhoSaysRow>();
        access.Register<WhoSaysTable>();
        return (template, options);
    }

    private static string StandingVariables() =>
        ":root{" + string.Concat(ReportCharts.Styles.Select(s => $"--s-{s.Key}:{s.Color};")) + "}\n";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string ReadResource(string name)
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The resource '{ResourcePrefix + name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
