using System.CommandLine;
using System.CommandLine.Parsing;

namespace LaosRights.Samples;

/// <summary>
/// What every sample does with its command line, so that no argument ends in a stack trace: a bad argument is one line
/// on the error writer that says what was wrong and what is accepted, exit code <see cref="BadArguments"/>, and nothing
/// is written. Compiled into each sample (a linked file), not a library of its own.
/// </summary>
internal static class SampleCommandLine
{
    /// <summary>Exit code: the arguments are wrong.</summary>
    public const int BadArguments = 2;

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command's action, or, when an argument is wrong, writes one line about
    /// the first problem ("error: …") and returns <see cref="BadArguments"/> without running anything.
    /// </summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // The first problem only: the ones after it usually follow from it ("--colour red": 'red' is then unexpected too).
            var message = OneLine(result.Errors[0].Message);
            var accepted = message.StartsWith("Unrecognized", StringComparison.Ordinal)
                ? $" The options are {string.Join(", ", root.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name))}; see --help."
                : " See --help.";
            error.WriteLine($"error: {message}{accepted}");
            return BadArguments;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>
    /// Reads a vocabulary value by its name: the kebab-case name (<c>concern-raised</c>) or the enum member's name
    /// (<c>ConcernRaised</c>), ignoring case. Numbers are not names (System.CommandLine would take <c>7</c> as a value
    /// of any enum, and <c>1</c> as its second member): they are rejected with the names accepted.
    /// </summary>
    public static T Name<T>(ArgumentResult result)
        where T : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        foreach (var value in Enum.GetValues<T>())
        {
            if (Matches(value, text))
            {
                return value;
            }
        }

        var option = result.Parent is OptionResult o ? o.Option.Name : "the value";
        result.AddError($"{option} '{text}' is not accepted; use one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Kebab(v.ToString())))}.");
        return default;
    }

    /// <summary>
    /// Reads one or more vocabulary values by name, as <see cref="Name{T}(ArgumentResult)"/> reads one: each token, or
    /// each comma-separated part of a token (<c>--kind event,claim</c>).
    /// </summary>
    public static T[] Names<T>(ArgumentResult result)
        where T : struct, Enum
    {
        var texts = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var values = new T[texts.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var text = texts[i];
            var match = Enum.GetValues<T>().Where(v => Matches(v, text)).ToArray();
            if (match.Length == 0)
            {
                var option = result.Parent is OptionResult o ? o.Option.Name : "the value";
                result.AddError($"{option} '{text}' is not accepted; use one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Kebab(v.ToString())))}.");
                return [];
            }

            values[i] = match[0];
        }

        return values;
    }

    private static bool Matches<T>(T value, string text)
        where T : struct, Enum =>
        string.Equals(Kebab(value.ToString()).Replace("-", "", StringComparison.Ordinal), text.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>PascalCase to kebab-case: <c>ConcernRaised</c> → <c>concern-raised</c>.</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
