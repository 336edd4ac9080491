using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;

namespace LaosRights.Refugees;

/// <summary>The refugees sample: the events of the section "Hmong refugees and forced repatriation", with their dates, cases and numbers.</summary>
public static class RefugeesApp
{
    /// <summary>The article section the story comes from.</summary>
    public const string Section = "Hmong refugees and forced repatriation";

    /// <summary>Parses <paramref name="args"/>, then writes the story to <paramref name="output"/>.</summary>
    /// <param name="args">Command-line arguments: <c>--chronological</c> for calendar order (undated events last).</param>
    /// <param name="output">Where the story (and help) goes.</param>
    /// <param name="error">Where messages about bad arguments go.</param>
    /// <returns>0 on success; non-zero when the arguments are bad.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var data = LaosRightsDataset.Default;

        var chronological = new Option<bool>("--chronological")
        {
            Description = "Calendar order (dated events first, undated last) instead of the order the article tells the story in.",
        };
        var root = new RootCommand("The Hmong refugees and their forced repatriation, as the article \"Human rights in Laos\" tells it, with its numbers.")
        {
            chronological,
        };
        root.SetAction(parse =>
        {
            var events = data.Events.InSection(Section);
            events = parse.GetValue(chronological) ? events.InChronologicalOrder() : events.OrderBy(e => e.NarrativePosition);
            Write(output, data, events.ToList());
            return 0;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    private static void Write(TextWriter output, LaosRightsDataset data, List<Event> story)
    {
        output.WriteLine($"{data.Article.Title}: {Section} ({story.Count} events, data version {data.DataVersion})");
        output.WriteLine(data.Article.Attribution);
        output.WriteLine();
        Case? current = null;
        foreach (var e in story)
        {
            var @case = data.CaseOf(e);
            if (@case is not null && @case != current)
            {
                output.WriteLine($"   [case: {@case.Title}]");
            }

            current = @case;
            var when = e.Date is { } d ? d.ToDisplayString() + (e.IsDateDerived ? " (derived)" : "") : "undated";
            var standing = e.Standing == Standing.Stated ? "" : $" [{e.Standing.ToDisplayName()}{(e.ClaimantIds.Count > 0 ? " by " + string.Join(", ", e.ClaimantIds.Select(id => data.Actors[id].Name)) : "")}]";
            output.WriteLine($"{when,-22} {e.Summary}{standing}");
            foreach (var f in data.FiguresOf(e))
            {
                output.WriteLine($"{"",-22}   number: \"{f.Quantity.Wording}\" ({f.Quantity.Bound.ToDisplayName().ToLowerInvariant()}) {f.Counted}");
            }
        }
    }
}
