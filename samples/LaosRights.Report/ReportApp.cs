using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;
using LaosRights.Timeline;

namespace LaosRights.Report;

/// <summary>
/// The report sample: writes <see cref="LaosRightsDataset.Default"/> as one HTML page with
/// <see cref="DatasetReport.WriteHtml(LaosRightsDataset, Stream, ReportOptions?)"/>, or, with the Timeline sample's
/// filters, the chosen entries of the chronology and every record they refer to.
/// </summary>
public static class ReportApp
{
    /// <summary>Exit code: the report was written.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the report could not be written (the file exists, the folder is not writable), or nothing matches the filters.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the arguments are wrong (no --out, an unknown option, a filter value that names nothing).</summary>
    public const int BadArguments = 2;

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line: <c>--out &lt;file&gt;</c>, <c>--force</c>, and the Timeline filters (see <c>--help</c>).</param>
    /// <param name="output">Where to write the summary and the help.</param>
    /// <param name="error">Where to write error messages.</param>
    /// <returns><see cref="Success"/>, <see cref="Failed"/> or <see cref="BadArguments"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var data = LaosRightsDataset.Default;

        var outOption = new Option<string>("--out", "-o") { Description = "The HTML file to write; it must not exist yet (see --force).", Required = true, HelpName = "file" };
        var forceOption = new Option<bool>("--force") { Description = "Replace the file if it already exists." };
        var filters = new TimelineFilters(data);
        var root = new RootCommand("Writes the dataset of the article \"Human rights in Laos\" as one self-contained HTML page: chronology, figures, " +
            "the annotated article, who says what and every record. Filters choose entries of the chronology; the report shows them and every record they refer to.")
        {
            outOption, forceOption,
        };
        filters.AddTo(root);

        root.SetAction(parse =>
        {
            if (!filters.TryApply(parse, data.Chronology(), out var chosen, out var described, out var problem))
            {
                error.WriteLine("error: " + problem);
                return BadArguments;
            }

            var report = data;
            string? selection = null;
            IReadOnlyCollection<string>? chosenIds = null;
            if (described.Count > 0)
            {
                var entries = chosen.ToList();
                if (entries.Count == 0)
                {
                    error.WriteLine("error: no entry of the chronology matches the filters; nothing was written.");
                    return Failed;
                }

                report = data.Subset(entries.Select(e => (DatasetRecord)e.Record));
                chosenIds = [.. entries.Select(e => ((DatasetRecord)e.Record).Id)];
                selection = $"{string.Join("; ", described)}: {entries.Count} of {data.Chronology().Count} {(entries.Count == 1 ? "entry" : "entries")} of the chronology " +
                            "(the chronology chart and table show only these), with every record they refer to (a card each)";
            }

            var target = parse.GetValue(outOption)!;
            if (!Write(report, new ReportOptions { Selection = selection, ChosenIds = chosenIds }, target, parse.GetValue(forceOption), error))
            {
                return Failed;
            }

            output.WriteLine($"Wrote {Path.GetFullPath(target)} ({new FileInfo(target).Length:N0} bytes): {report.AllRecords.Count} records, data version {report.DataVersion}.");
            output.WriteLine("  " + report.Article.Attribution);
            return Success;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    /// <summary>Writes the page to a temporary file beside <paramref name="target"/>, then moves it into place, so that a failure never leaves a half-written report.</summary>
    private static bool Write(LaosRightsDataset report, ReportOptions options, string target, bool force, TextWriter error)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"error: '{target}' is not a valid file name: {e.Message}");
            return false;
        }

        if (Directory.Exists(full))
        {
            error.WriteLine($"error: '{full}' is a folder; give the name of the HTML file to write.");
            return false;
        }

        if (File.Exists(full) && !force)
        {
            error.WriteLine($"error: '{full}' already exists; choose another name, or add --force to replace it.");
            return false;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.partial-{Guid.NewGuid():N}");
        try
        {
            using (var stream = File.Create(temporary))
            {
                DatasetReport.WriteHtml(report, stream, options);
            }

            File.Move(temporary, full, overwrite: force);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            error.WriteLine($"error: could not write the report to '{full}': {e.Message}");
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the file's name says it is partial.
            }

            return false;
        }
    }
}
