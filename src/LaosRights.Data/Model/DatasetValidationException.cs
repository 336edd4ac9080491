namespace LaosRights.Data;

/// <summary>One thing wrong with a dataset file: where (a JSON path or a record id) and what.</summary>
/// <param name="Path">Where the problem is, e.g. <c>events[7] 'iccpr-ratification-2009'.date</c> or <c>$.actors[3]</c>.</param>
/// <param name="Message">What is wrong, as a plain sentence.</param>
public sealed record DatasetProblem(string Path, string Message)
{
    /// <summary>Returns <c>Path: Message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Path}: {Message}";

    /// <summary>The longest text (an id, a name, a value) quoted whole in a path or message.</summary>
    internal const int MaxQuotedLength = 200;

    /// <summary>
    /// Returns <paramref name="text"/>, or its start and its length when it is longer than <see cref="MaxQuotedLength"/>,
    /// so that a problem stays one short line however large the value it quotes.
    /// </summary>
    internal static string Shorten(string text)
    {
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[MaxQuotedLength - 21]) ? MaxQuotedLength - 21 : MaxQuotedLength - 20;
        return $"{text[..keep]}… ({text.Length} characters)";
    }
}

/// <summary>
/// Thrown when a dataset cannot be loaded: it is not valid JSON, is too large or too deep, has an unknown schema
/// version, or breaks a rule of the model. <see cref="Problems"/> lists every problem found, not only the first.
/// </summary>
public sealed class DatasetValidationException : Exception
{
    /// <summary>Creates the exception with a single problem.</summary>
    public DatasetValidationException()
        : this([new DatasetProblem("$", "The dataset is not valid.")])
    {
    }

    /// <summary>Creates the exception with a single problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    public DatasetValidationException(string message)
        : this([new DatasetProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with a single problem at the root, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetValidationException(string message, Exception? innerException)
        : base(Format([new DatasetProblem("$", message)]), innerException)
    {
        Problems = [new DatasetProblem("$", message)];
    }

    /// <summary>Creates the exception with every problem found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DatasetValidationException(IEnumerable<DatasetProblem> problems)
        : this(Checked(problems), innerException: null)
    {
    }

    internal DatasetValidationException(DatasetProblem[] problems, Exception? innerException)
        : base(Format(problems), innerException)
    {
        Problems = Array.AsReadOnly(problems);
    }

    /// <summary>Every problem found, in the order found; never empty.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    private static DatasetProblem[] Checked(IEnumerable<DatasetProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentException("A problem cannot be null.", nameof(problems));
        }

        return array;
    }

    private static string Format(DatasetProblem[] problems) => problems.Length == 1
        ? $"The dataset is not valid: {problems[0]}"
        : $"The dataset has {problems.Length} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => p.ToString()))}";
}
