using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
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

    /// <summary>Exit code: the output could not be written (a failure while writing, such as a full disk or a folder without write permission); nothing was written.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the arguments are wrong (no command or an unknown one, a missing or unknown option, a file that does not exist or is a folder, a dataset that does not load, a text that is not an article, an <c>--out</c> that is a file or a folder that holds files without <c>--force</c>); nothing was written.</summary>
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
        var thresholdOption = new Option<string>("--threshold") { Description = "The least similarity (a number above 0 and at most 1) at which a reworded quote counts as changed rather than lost. Default 0.6.", HelpName = "similarity" };
        var forceOption = new Option<bool>("--force") { Description = "Replace the folder if it already exists and holds files." };
        var reanchor = new Command("reanchor", "Moves a dataset to a new revision of the article: re-anchors every quote, never changes a value, and reports what lost its support and what the new text adds.")
        {
            dataOption, articleOption, outOption, thresholdOption, forceOption,
        };
        var root = new RootCommand("Tools for the LaosRights.Data dataset of the article \"Human rights in Laos\".") { reanchor };

        reanchor.SetAction(parsed =>
        {
            double? threshold = null;
            if (parsed.GetValue(thresholdOption) is { } thresholdText)
            {
                // Read by hand: the parser's own message names a .NET type.
                if (!double.TryParse(thresholdText, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !(t > 0 && t <= 1))
                {
                    error.WriteLine($"error: --threshold must be a number above 0 and at most 1, such as 0.6, not '{thresholdText}'.");
                    return BadArguments;
                }

                threshold = t;
            }

            var dataPath = parsed.GetValue(dataOption)!;
            var articlePath = parsed.GetValue(articleOption)!;
            var folder = parsed.GetValue(outOption)!;
            var force = parsed.GetValue(forceOption);
            if (ReadDataset(dataPath, error) is not { } data || ReadArticle(articlePath, error) is not { } text || !CheckTarget(folder, force, error))
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
            if (!Write(files, folder, error, beforeMove))
            {
                return Failed;
            }

            Summarize(result.Report, Path.GetFullPath(folder), datasetFile, output);
            return result.IsComplete ? Success : NeedsReview;
        });

        if (args.Length == 0)
        {
            // No command: the usage, as --help shows it; nothing was done.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error });
            return BadArguments;
        }

        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (!args[0].StartsWith('-') && !root.Subcommands.Any(c => c.Name == args[0]))
        {
            error.WriteLine($"error: unknown command '{args[0]}'; the commands are: {commands} (see laosrights --help).");
            return BadArguments;
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.CommandResult.Command == root)
        {
            // "laosrights --colour": the parser's first complaint would be the missing command, not the unknown option.
            var unknown = parse.UnmatchedTokens.Count > 0 ? $"unknown option '{parse.UnmatchedTokens[0]}'; " : "";
            error.WriteLine($"error: {unknown}give a command first: {commands} (see laosrights --help).");
            return BadArguments;
        }

        if (parse.Errors.Count > 0)
        {
            // The first problem only, as the samples do (the ones after it usually follow from it); an unknown option names the known ones.
            var command = parse.CommandResult.Command;
            var message = parse.Errors[0].Message.ReplaceLineEndings(" ").TrimEnd('.');
            var accepted = message.StartsWith("Unrecognized", StringComparison.Ordinal)
                ? $"; the options are {string.Join(", ", command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name))}"
                : "";
            error.WriteLine($"error: {message}{accepted} (see laosrights {command.Name} --help)");
            return BadArguments;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static void Summarize(ReanchorReport report, string folder, string datasetFile, TextWriter output)
    {
        output.WriteLine($"Wrote {datasetFile}, {MarkdownReportFileName} and {JsonReportFileName} to {folder}");
        output.WriteLine($"  quotes: {report.Count(EvidenceStatus.Moved)} moved, {report.Count(EvidenceStatus.Ambiguous)} ambiguous, {report.Count(EvidenceStatus.Changed)} changed, {report.Count(EvidenceStatus.Lost)} lost");
        output.WriteLine($"  records: {report.Count(RecordStatus.Supported)} supported, {report.Count(RecordStatus.NeedsReview)} need review, {report.Count(RecordStatus.Unsupported)} unsupported");
        output.WriteLine($"  the new text adds {Counted(report.UnquotedSentences.Count, "sentence", "sentences")} no record quotes and {Counted(report.UnheldNumbers.Count, "number", "numbers")} no record holds");
        var version = report.SuggestedDataVersion is not { } suggested ? $"data version {report.DataVersion} -> set it by hand (see docs/reanchor.md)"
            : suggested == report.DataVersion ? $"data version {report.DataVersion} (unchanged: same text)"
            : $"data version {report.DataVersion} -> {suggested} (patch: no value changed)";
        output.WriteLine(report.IsComplete
            ? $"  complete: {datasetFile} loads; {version}"
            : $"  needs review: resolve the records listed in {MarkdownReportFileName}, then rename {datasetFile} to {DatasetFileName} (see docs/reanchor.md)");
    }

    private static string Counted(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    private static byte[]? ReadDataset(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"error: --data '{path}' is a folder; give the data file (such as dataset.json).");
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > DatasetLoadOptions.Default.MaxInputBytes)
            {
                error.WriteLine($"error: --data '{path}' is larger than {DatasetLoadOptions.Default.MaxInputBytes} bytes, the loader's limit.");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (JsonSyntaxError(bytes) is { } problem)
            {
                error.WriteLine($"error: --data '{path}' is not JSON {problem}");
                return null;
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: cannot read --data '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Where <paramref name="utf8"/> stops being JSON, e.g. <c>at line 1, column 2: 'n' is an invalid JSON literal.</c>
    /// (1-based, columns in characters, as editors show them); <see langword="null"/> when it is JSON.
    /// </summary>
    internal static string? JsonSyntaxError(byte[] utf8)
    {
        var body = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8.AsMemory(Encoding.UTF8.Preamble.Length) : utf8;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = DatasetLoadOptions.Default.MaxDepth });
            return null;
        }
        catch (JsonException e)
        {
            // The reader's message ends with its own 0-based position in bytes ("LineNumber: 0 | BytePositionInLine: 1."): one position is enough.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
            if (e.LineNumber is not { } line || e.BytePositionInLine is not { } byteInLine)
            {
                return ": " + message;
            }

            var span = body.Span;
            var lineStart = 0;
            for (long l = 0; l < line && lineStart < span.Length; l++)
            {
                var next = span[lineStart..].IndexOf((byte)'\n');
                lineStart = next < 0 ? span.Length : lineStart + next + 1;
            }

            var upTo = (int)Math.Min(span.Length, lineStart + byteInLine);
            var column = Encoding.UTF8.GetCharCount(span[lineStart..upTo]) + 1;
            return $"at line {line + 1}, column {column}: {message}";
        }
    }

    /// <summary>Reads the new article: strict UTF-8 (a leading byte order mark is dropped), CRLF line ends turned into LF.</summary>
    private static string? ReadArticle(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"error: --article '{path}' is a folder; give the article's text file (such as new.txt).");
            return null;
        }

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
    /// Checks <paramref name="target"/> before any work: a valid folder name, not a file, and a folder that does not
    /// exist or is empty unless <paramref name="force"/>. A wrong <c>--out</c> is a bad argument (exit code 2).
    /// </summary>
    private static bool CheckTarget(string target, bool force, TextWriter error)
    {
        string full;
        try
        {
            full = FullPath(target);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"error: --out '{target}' is not a valid folder name: {e.Message}");
            return false;
        }

        if (File.Exists(full))
        {
            error.WriteLine($"error: --out '{target}' is a file; give a folder that does not exist yet or is empty.");
            return false;
        }

        if (!force && Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            error.WriteLine($"error: --out '{target}' already exists and is not empty; choose a new folder, or add --force to replace it.");
            return false;
        }

        return true;
    }

    private static string FullPath(string target) => Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    /// <summary>
    /// Writes the files into a new temporary folder beside <paramref name="target"/> (checked by <see cref="CheckTarget"/>)
    /// and moves it into place only when every file is written, so a failure never leaves a folder that looks complete.
    /// </summary>
    private static bool Write((string Name, byte[] Bytes)[] files, string target, TextWriter error, Action<string>? beforeMove)
    {
        var full = FullPath(target);
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
