using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;

namespace LaosRights.Figures;

/// <summary>The figures sample: every count and duration in the article, with how firmly the article gives it.</summary>
public static class FiguresApp
{
    /// <summary>Parses <paramref name="args"/>, then writes the table of figures to <paramref name="output"/>.</summary>
    /// <param name="args">Command-line arguments: <c>--kind exact|estimate|bound|unquantified</c>, <c>--counting TEXT</c>.</param>
    /// <param name="output">Where the table (and help) goes.</param>
    /// <param name="error">Where messages about bad arguments go.</param>
    /// <returns>0 on success; non-zero when the arguments are bad.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var data = LaosRightsDataset.Default;

        var kind = new Option<QuantityKind?>("--kind") { Description = "Only figures of this kind: exact, estimate, bound or unquantified.", CustomParser = r => SampleCommandLine.Name<QuantityKind>(r) };
        var counting = new Option<string?>("--counting") { Description = "Only figures whose 'what is counted' contains this text (ignoring case), e.g. Hmong." };
        var root = new RootCommand("Every figure in the article \"Human rights in Laos\": value, bound, what is counted, date and the article's words.")
        {
            kind, counting,
        };
        root.SetAction(parse =>
        {
            IEnumerable<Figure> figures = data.Figures;
            if (parse.GetValue(kind) is { } k)
            {
                figures = figures.OfKind(k);
            }

            if (parse.GetValue(counting) is { } text)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    error.WriteLine("error: --counting needs some text to look for, e.g. Hmong.");
                    return SampleCommandLine.BadArguments;
                }

                figures = figures.Counting(text);
            }

            Write(output, data, figures.ToList());
            return 0;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    private static void Write(TextWriter output, LaosRightsDataset data, List<Figure> figures)
    {
        output.WriteLine($"{data.Article.Title}: {figures.Count} of {data.Figures.Count} figures (data version {data.DataVersion})");
        output.WriteLine(data.Article.Attribution);
        output.WriteLine();
        output.WriteLine($"{"value",-13} {"bound",-12} {"kind",-12} {"unit",-6} {"date",-10} what is counted  |  the article's words");
        output.WriteLine(new string('-', 100));
        foreach (var f in figures)
        {
            var q = f.Quantity;
            var value = q.Bound switch
            {
                QuantityBound.Unquantified => "-",
                QuantityBound.Between => $"{q.Value:N0}-{q.UpperValue:N0}",
                _ => $"{q.Value:N0}",
            };
            var standing = f.Standing == Standing.Stated ? "" : $" [{f.Standing.ToDisplayName()}{(f.ClaimantIds.Count > 0 ? " by " + string.Join(", ", f.ClaimantIds.Select(id => data.Actors[id].Name)) : "")}]";
            output.WriteLine($"{value,-13} {q.Bound.ToDisplayName(),-12} {q.Kind.ToDisplayName(),-12} {q.Unit.ToDisplayName(),-6} {f.Date?.ToString() ?? "-",-10} {f.Counted}{standing}  |  \"{q.Wording}\"");
        }

        if (figures.Count == 0)
        {
            output.WriteLine("No figure matches these filters.");
        }
    }
}
