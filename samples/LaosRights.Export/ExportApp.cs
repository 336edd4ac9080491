using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;
using LaosRights.Timeline;

namespace LaosRights.Export;

/// <summary>
/// The export sample: writes <see cref="LaosRightsDataset.Default"/>, or the entries of the chronology chosen by the
/// Timeline sample's filters (<see cref="TimelineFilters"/>, the same as the Timeline and Report samples) with everything
/// they refer to, into a folder as <c>dataset.json</c>, its JSON Schema, one CSV per table and <c>datapackage.json</c>;
/// with <c>--xlsx</c> as a spreadsheet workbook instead, with <c>--csv</c> as CSV tables only (optionally for spreadsheets).
/// </summary>
public static class ExportApp
{
    /// <summary>Exit code: the export was written.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the export could not be written (the folder is not writable or already holds files), or no event matches the filters.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the arguments are wrong (a missing or empty --out, --out naming the working folder or one that
    /// holds it, an unknown option, a filter value that names nothing).</summary>
    public const int BadArguments = SampleCommandLine.BadArguments;

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line: <c>--out &lt;folder&gt;</c> and optional filters (see <c>--help</c>).</param>
    /// <param name="output">Where to write the summary and the help.</param>
    /// <param name="error">Where to write error messages.</param>
    /// <returns><see cref="Success"/>, <see cref="Failed"/> or <see cref="BadArguments"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, beforeMove: null);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>; <paramref name="beforeMove"/> runs on the finished temporary folder before it is moved into place (tests use it to simulate a failure).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Action<string>? beforeMove)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var outOption = new Option<string>("--out", "-o") { Description = "The folder to write; it must not exist yet, or be empty (see --force).", Required = true, HelpName = "folder" };
        outOption.Validators.Add(r => CheckOut(r.GetValueOrDefault<string>(), r));
        var forceOption = new Option<bool>("--force") { Description = "Replace the folder (or with --xlsx the file) if it already exists and holds files." };
        var xlsxOption = new Option<bool>("--xlsx") { Description = "Write a spreadsheet workbook (.xlsx) to the file --out instead of a data package: for Excel, LibreOffice, Google Sheets." };
        var csvOption = new Option<bool>("--csv") { Description = "Write the CSV tables only (RFC 4180), without dataset.json and datapackage.json." };
        var bomOption = new Option<bool>("--bom") { Description = "With --csv: start each file with a UTF-8 byte order mark, so that Excel reads the accents right." };
        var neutralizeOption = new Option<bool>("--neutralize-formulas") { Description = "With --csv: put ' before values beginning with = + - @ tab or CR, so that a spreadsheet cannot run them as formulas (OWASP CSV injection)." };
        var root = new RootCommand("Writes the dataset of the article \"Human rights in Laos\" as JSON, CSV tables and a Frictionless Data Package " +
            "(for pandas, R, frictionless), or as a workbook (--xlsx, for spreadsheets). Filters (the Timeline sample's) choose entries of the chronology; the export holds them and every record they refer to.")
        {
            outOption, forceOption, xlsxOption, csvOption, bomOption, neutralizeOption,
        };
        var data = LaosRightsDataset.Default;
        var filters = new TimelineFilters(data);
        filters.AddTo(root);

        root.SetAction(parsed =>
        {
            var format = parsed.GetValue(xlsxOption) ? Format.Workbook : parsed.GetValue(csvOption) ? Format.Csv : Format.DataPackage;
            var csv = new CsvOptions { ByteOrderMark = parsed.GetValue(bomOption), NeutralizeFormulas = parsed.GetValue(neutralizeOption) };
            if (parsed.GetValue(xlsxOption) && parsed.GetValue(csvOption))
            {
                error.WriteLine("error: --xlsx and --csv are two different outputs; give one of them.");
                return BadArguments;
            }

            if (format != Format.Csv && csv != CsvOptions.Default)
            {
                error.WriteLine("error: --bom and --neutralize-formulas change CSV files, so they need --csv (a data package keeps its CSV exact for data tools; a workbook needs neither).");
                return BadArguments;
            }

            if (!filters.TryApply(parsed, data.Chronology(), out var chosenEntries, out var described, out var problem))
            {
                error.WriteLine("error: " + problem);
                return BadArguments;
            }

            var export = data;
            string? selection = null;
            if (described.Count > 0)
            {
                var entries = chosenEntries.ToList();
                if (entries.Count == 0)
                {
                    error.WriteLine("error: no entry of the chronology matches the filters; nothing was written.");
                    return Failed;
                }

                // The same records the Timeline lists and the Report shows, with every record they refer to.
                export = data.Subset(entries.Select(e => (DatasetRecord)e.Record));
                selection = $"{string.Join("; ", described)}: {Count(entries.Count, "entry", "entries")} of {data.Chronology().Count} in the chronology, with every record they refer to";
            }

            var target = parsed.GetValue(outOption)!;
            var force = parsed.GetValue(forceOption);
            var badOut = false;
            var files = format == Format.Workbook
                ? WriteWorkbook(export, target, force, error, beforeMove, ref badOut)
                : Write(target, force, error, beforeMove, ref badOut, folder => format == Format.Csv
                    ? DatasetExport.WriteCsv(export, folder, csv)
                    : DatasetExport.WriteDataPackage(export, folder));
            return files is null ? (badOut ? BadArguments : Failed) : Report(export, selection, files, target, format, output);
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    /// <summary>
    /// Rejects an --out that cannot name an export folder: empty, not a valid path, or the working folder or a folder
    /// that holds it (replacing it with --force would delete the folder the user works in).
    /// </summary>
    private static void CheckOut(string? target, System.CommandLine.Parsing.OptionResult result)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            result.AddError("--out needs a folder name, e.g. --out laos-export; it was empty.");
            return;
        }

        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            result.AddError($"--out '{target}' is not a valid folder name; give a new folder, e.g. --out laos-export.");
            return;
        }

        var working = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(full, working, comparison)
            || working.StartsWith(full.EndsWith(Path.DirectorySeparatorChar) ? full : full + Path.DirectorySeparatorChar, comparison)
            || Path.GetPathRoot(full) is { } root && string.Equals(Path.TrimEndingDirectorySeparator(root), full, comparison))
        {
            result.AddError($"--out '{target}' is the working folder or holds it, which the export would replace; give a new folder, e.g. --out laos-export.");
        }
    }

    private enum Format
    {
        DataPackage,
        Csv,
        Workbook,
    }

    private static int Report(LaosRightsDataset export, string? selection, IReadOnlyList<string> files, string target, Format format, TextWriter output)
    {
        output.WriteLine(format == Format.Workbook
            ? $"Wrote the workbook {Path.GetFullPath(target)}"
            : $"Wrote {Count(files.Count, "file", "files")} to {Path.GetFullPath(target)}");
        if (selection is not null)
        {
            output.WriteLine("  Filtered: " + selection);
        }

        output.WriteLine($"  {Count(export.Events.Count, "event", "events")}, {Count(export.Cases.Count, "case", "cases")}, {Count(export.Figures.Count, "figure", "figures")}, " +
            $"{Count(export.Claims.Count, "claim", "claims")}, {Count(export.Quotations.Count, "quotation", "quotations")}, {Count(export.Actors.Count, "actor", "actors")}, " +
            $"{Count(export.Places.Count, "place", "places")}, {Count(export.Sources.Count, "source", "sources")}");
        output.WriteLine(format switch
        {
            Format.Workbook => "  First sheet: the chronology (every event and every dated record, in time order); then one sheet per record kind; the About sheet describes every column.",
            Format.Csv => "  CSV tables only; for spreadsheets the workbook (--xlsx) keeps partial dates such as 1999-10 as text, which CSV cannot.",
            _ => $"  {DatasetExport.DataPackageFileName} describes the CSV tables; {DatasetJson.FileName} loads with LaosRightsDataset.Load.",
        });
        output.WriteLine("  " + export.Article.Attribution);
        return Success;
    }

    /// <summary>
    /// Writes into a new temporary folder beside <paramref name="target"/> and moves it into place only when every file
    /// is written, so a failure never leaves a folder that looks complete.
    /// </summary>
    /// <returns>The files written, or <see langword="null"/> after writing a message to <paramref name="error"/>.</returns>
    /// <remarks>An --out that names a file, or a folder that holds files when --force is not given, is a bad argument: <paramref name="badOut"/> is set.</remarks>
    private static IReadOnlyList<string>? Write(string target, bool force, TextWriter error, Action<string>? beforeMove, ref bool badOut, Func<string, IReadOnlyList<string>> write)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"error: '{target}' is not a valid folder name: {e.Message}");
            return null;
        }

        if (File.Exists(full))
        {
            error.WriteLine($"error: --out '{target}' is a file, not a folder; give a new folder, e.g. --out laos-export.");
            badOut = true;
            return null;
        }

        var trimmed = Path.TrimEndingDirectorySeparator(full);
        var parent = Path.GetDirectoryName(trimmed) ?? trimmed;
        var replace = Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any();
        if (replace && !force)
        {
            // --force replaces the folder through its parent; suggest it only where that can work.
            error.WriteLine(CanWriteIn(full) && CanWriteIn(parent)
                ? $"error: --out '{target}' already exists and is not empty; choose a new folder, or add --force to replace it."
                : $"error: --out '{target}' already exists, is not empty and cannot be written; choose a new folder, e.g. --out laos-export.");
            badOut = true;
            return null;
        }

        var name = Path.GetFileName(trimmed);
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");

        // The files are written into a hidden folder beside the target and the folder is moved into place, so that a
        // failure never leaves a folder that looks complete. When the target is an empty folder in a parent the user
        // cannot write to, they go into a hidden folder inside the target instead and are moved up, the data package
        // descriptor last (a folder without datapackage.json does not look complete).
        var staging = Path.Combine(parent, $".{name}.partial-{Guid.NewGuid():N}");
        var inside = false;
        try
        {
            try
            {
                Directory.CreateDirectory(staging);
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && Directory.Exists(full) && !replace)
            {
                staging = Path.Combine(full, $".partial-{Guid.NewGuid():N}");
                inside = true;
                Directory.CreateDirectory(staging);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: could not write the export to '{full}': no folder can be created in '{parent}' ({Reason(e)}).");
                return null;
            }

            var files = write(staging);
            beforeMove?.Invoke(staging);
            if (inside)
            {
                foreach (var file in files.OrderBy(f => f == DatasetExport.DataPackageFileName))
                {
                    File.Move(Path.Combine(staging, file), Path.Combine(full, file));
                }

                Directory.Delete(staging, recursive: true);
                return files;
            }

            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
            }

            Directory.Move(staging, full);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }

            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            // The message names the folder the user gave, not the hidden one the files were being written to.
            error.WriteLine($"error: could not write the export to '{full}': {e.Message.Replace(staging, full, StringComparison.Ordinal)}");
            TryDelete(staging);
            if (inside)
            {
                TryEmpty(full); // the folder was empty: whatever is in it now is part of this failed export
            }

            if (Directory.Exists(old) && !Directory.Exists(full))
            {
                Directory.Move(old, full); // put the previous export back
            }

            return null;
        }
    }

    /// <summary>
    /// Writes the workbook into a temporary file beside <paramref name="target"/> and moves it into place only when it
    /// is complete, so a failure never leaves a half-written workbook.
    /// </summary>
    /// <returns>The file name written, or <see langword="null"/> after writing a message to <paramref name="error"/>.</returns>
    /// <remarks>An --out that names a folder, or a file that exists when --force is not given, is a bad argument: <paramref name="badOut"/> is set.</remarks>
    private static IReadOnlyList<string>? WriteWorkbook(LaosRightsDataset export, string target, bool force, TextWriter error, Action<string>? beforeMove, ref bool badOut)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"error: '{target}' is not a valid file name: {e.Message}");
            return null;
        }

        if (Directory.Exists(full))
        {
            error.WriteLine($"error: --out '{target}' is a folder; with --xlsx, --out names the workbook file (e.g. --out laos-rights.xlsx).");
            badOut = true;
            return null;
        }

        if (File.Exists(full) && !force)
        {
            error.WriteLine($"error: --out '{target}' already exists; choose a new file name, or add --force to replace it.");
            badOut = true;
            return null;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.partial-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full) ?? ".");
            using (var file = File.Create(temporary))
            {
                DatasetExport.WriteXlsx(export, file);
            }

            beforeMove?.Invoke(temporary);
            File.Move(temporary, full, overwrite: force);
            return [Path.GetFileName(full)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            error.WriteLine($"error: could not write the workbook to '{full}': {e.Message}");
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return null;
        }
    }

    /// <summary>Whether a folder exists and a folder can be created in it (tried, then removed).</summary>
    private static bool CanWriteIn(string folder)
    {
        var probe = Path.Combine(folder, $".laos-export-probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Why a file operation failed, in words rather than an exception type name.</summary>
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder on the path does not exist",
        FileNotFoundException => "the system does not allow a folder there",
        _ => e.Message.TrimEnd('.'),
    };

    /// <summary>A count with its noun, singular for one: "1 event", "0 events", "7 events".</summary>
    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static void TryEmpty(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Delete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: without datapackage.json the folder does not look complete.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the folder's name says it is partial.
        }
    }
}
