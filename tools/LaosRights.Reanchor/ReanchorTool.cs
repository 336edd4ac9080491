using System.CommandLine;
using System.Globalization;
using System.Text;
using LaosRights.Data;
using LaosRights.Data.Reanchor;

namespace LaosRights.Reanchor;

/// <summary>
/// The <c>laosrights</c> command. <c>laosrights reanchor --data dataset.json --article new.txt --out DIR</c> writes into
/// DIR the re-anchored data file (<c>dataset.json</c>, or <c>dataset.draft.json</c> while records need review) and the
/// report (<c>reanchor-report.md</c>, <c>reanchor-report.json</c>); see docs/reanchor.md.
/// </summary>
public static class ReanchorTool
{
    /// <summary>Exit code: every record is supported; <c>dataset.json</c> and the report were written.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the output could not be written (or an input could not be read for a reason other than its name); nothing was written.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the arguments are wrong (a missing or unknown option, a file that does not exist, a dataset that does not load, a text that is not an article); nothing was written.</summary>
    public const int BadArguments = 2;

    /// <summary>Exit code: records need review or are unsupported; <c>dataset.draft.json</c> and the report were written.</summary>
    public const int NeedsReview = 3;

    /// <summary>The name of the data file written when the re-anchoring is complete.</summary>
    public const string DatasetFileName = "dataset.json";

    /// <summary>The name of the data file written while records need review: it loads only once they are resolved.</summary>
    public const string DraftFileName = "dataset.draft.json";

    /// <summary>The name of the Markdown report.</summary>
    public const string MarkdownReportFileName = "reanchor-report.md";

    /// <summary>The name of the JSON report.</summary>
    public const string JsonReportFileName = "reanchor-report.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line, e.g. <c>reanchor --data dataset.json --article new.txt --out DIR</c>.</param>
    /// <param name="output">Where the summary and the help go.</param>
    /// <param name="error">Where error messages go: one line each.</param>
    /// <returns><see cref="Success"/>, <see cref="NeedsReview"/>, <see cref="Failed"/> or <see cref="BadArguments"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, beforeMove: null);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>; <paramref name="beforeMove"/> runs on the finished temporary folder before it is moved into place (tests use it to simulate a failure).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Action<string>? beforeMove)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var dataOption = new Option<string>("--data") { Description = "The dataset to move: a JSON file in the library's format (e.g. src/LaosRights.Data/Data/dataset.json).", Required = true, HelpName = "file" };
        var articleOption = new Option<string>("--article") { Description = "The new revision of the article: UTF-8 plain text, headings '= Title =' and '== Section =='.", Required = true, HelpName = "file" };
        var outOption = new Option<string>("--out", "-o") { Description = "The folder to write; it must not exist yet, or be empty (see --force).", Required = true, HelpName = "folder" };
        var thresholdOption = new Option<double?>("--threshold") { Description = "The least similarity (above 0, at most 1) at which a reworded quote counts as changed rather than lost. Default 0.6.", HelpName = "similarity" };
        var forceOption = new Option<bool>("--force") { Description = "Replace the folder if it already exists and holds files." };
        var reanchor = new Command("reanchor", "Moves a dataset to a new revision of the article: re-anchors every quote, never changes a value, and reports what lost its support and what the new text adds.")
        {
            dataOption, articleOption, outOption, thresholdOption, forceOption,
        };
        var root = new RootCommand("Tools for the LaosRights.Data dataset of the article \"Human rights in Laos\".") { reanchor };

        reanchor.SetAction(parsed =>
        {
            var threshold = parsed.GetValue(thresholdOption);
            if (threshold is { } t && !(t > 0 && t <= 1))
            {
                error.WriteLine($"error: --threshold must be above 0 and at most 1, not {t.ToString(CultureInfo.InvariantCulture)}.");
                return BadArguments;
            }

            var dataPath = parsed.GetValue(dataOption)!;
            var articlePath = parsed.GetValue(articleOption)!;
            if (ReadDataset(dataPath, error) is not { } data || ReadArticle(articlePath, error) is not { } text)
            {
                return BadArguments;
            }

            ReanchorResult result;
            try
            {
                var options = threshold is { } value ? new ReanchorOptions { SimilarityThreshold = value } : ReanchorOptions.Default;
                result = DatasetReanchor.Reanchor(data, text, options);
            }
            catch (DatasetValidationException e)
            {
                error.WriteLine($"error: --data '{dataPath}' is not a valid dataset: {(e.Problems.Count > 0 ? e.Problems[0].ToString() : e.Message)}" +
                    (e.Problems.Count > 1 ? $" (and {e.Problems.Count - 1} more problems)" : ""));
                return BadArguments;
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"error: --article '{articlePath}': {e.Message.Split(" (Parameter")[0]}");
                return BadArguments;
            }

            var datasetFile = result.IsComplete ? DatasetFileName : DraftFileName;
            var files = new (string Name, byte[] Bytes)[]
            {
                (datasetFile, result.DatasetUtf8Json.ToArray()),
                (MarkdownReportFileName, Utf8NoBom.GetBytes(result.Report.ToMarkdown())),
                (JsonReportFileName, Utf8NoBom.GetBytes(result.Report.ToJson())),
            };
            var folder = parsed.GetValue(outOption)!;
            if (!Write(files, folder, parsed.GetValue(forceOption), error, beforeMove))
            {
                return Failed;
            }

            Summarize(result.Report, Path.GetFullPath(folder), datasetFile, output);
            return result.IsComplete ? Success : NeedsReview;
        });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"error: {parse.Errors[0].Message} (see laosrights reanchor --help)");
            return BadArguments;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static void Summarize(ReanchorReport report, string folder, string datasetFile, TextWriter output)
    {
        output.WriteLine($"Wrote {datasetFile}, {MarkdownReportFileName} and {JsonReportFileName} to {folder}");
        output.WriteLine($"  quotes: {report.Count(EvidenceStatus.Moved)} moved, {report.Count(EvidenceStatus.Ambiguous)} ambiguous, {report.Count(EvidenceStatus.Changed)} changed, {report.Count(EvidenceStatus.Lost)} lost");
        output.WriteLine($"  records: {report.Count(RecordStatus.Supported)} supported, {report.Count(RecordStatus.NeedsReview)} need review, {report.Count(RecordStatus.Unsupported)} unsupported");
        output.WriteLine($"  the new text adds {report.UnquotedSentences.Count} sentences no record quotes and {report.UnheldNumbers.Count} numbers no record holds");
        output.WriteLine(report.IsComplete
            ? $"  complete: {datasetFile} loads; data version {report.DataVersion} -> {report.SuggestedDataVersion ?? "(set it by hand)"}"
            : $"  needs review: resolve the records listed in {MarkdownReportFileName}, then rename {datasetFile} to {DatasetFileName} (see docs/reanchor.md)");
    }

    private static byte[]? ReadDataset(string path, TextWriter error)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > DatasetLoadOptions.Default.MaxInputBytes)
            {
                error.WriteLine($"error: --data '{path}' is larger than {DatasetLoadOptions.Default.MaxInputBytes} bytes, the loader's limit.");
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot read --data '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>Reads the new article: strict UTF-8 (a leading byte order mark is dropped), CRLF line ends turned into LF.</summary>
    private static string? ReadArticle(string path, TextWriter error)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return Utf8NoBom.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            error.WriteLine($"error: --article '{path}' is not UTF-8 text.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot read --article '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Writes the files into a new temporary folder beside <paramref name="target"/> and moves it into place only when
    /// every file is written, so a failure never leaves a folder that looks complete.
    /// </summary>
    private static bool Write((string Name, byte[] Bytes)[] files, string target, bool force, TextWriter error, Action<string>? beforeMove)
    {
        string full;
        try
        {
            full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"error: '{target}' is not a valid folder name: {e.Message}");
            return false;
        }

        if (File.Exists(full))
        {
            error.WriteLine($"error: '{full}' is a file, not a folder.");
            return false;
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !force)
        {
            error.WriteLine($"error: '{full}' already exists and is not empty; choose a new folder, or add --force to replace it.");
            return false;
        }

        var parent = Path.GetDirectoryName(full) ?? full;
        var name = Path.GetFileName(full);
        var temporary = Path.Combine(parent, $".{name}.partial-{Guid.NewGuid():N}");
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (fileName, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(temporary, fileName), bytes);
            }

            beforeMove?.Invoke(temporary);
            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
            }

            Directory.Move(temporary, full);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            error.WriteLine($"error: could not write to '{full}': {e.Message}");
            TryDelete(temporary);
            if (Directory.Exists(old) && !Directory.Exists(full))
            {
                Directory.Move(old, full); // put the previous folder back
            }

            return false;
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
