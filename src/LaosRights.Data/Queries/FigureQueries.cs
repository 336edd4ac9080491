namespace LaosRights.Data;

/// <summary>How firmly a quantity's number is given: the four readings of <see cref="QuantityBound"/>.</summary>
public enum QuantityKind
{
    /// <summary>The number without a qualifier (<see cref="QuantityBound.Exact"/>: "30 people", "15,000").</summary>
    Exact,

    /// <summary>An estimate of the number (<see cref="QuantityBound.Approximate"/>: "around 5,000", "some thousand").</summary>
    Estimate,

    /// <summary>
    /// A limit on the number, not the number itself (<see cref="QuantityBound.AtLeast"/>, <see cref="QuantityBound.MoreThan"/>,
    /// <see cref="QuantityBound.AtMost"/>, <see cref="QuantityBound.Between"/>: "as many as 200,000", "more than 10,000").
    /// </summary>
    Bound,

    /// <summary>No number at all (<see cref="QuantityBound.Unquantified"/>: "thousands", "a number of").</summary>
    Unquantified,
}

/// <summary>"Figures" filters: by what they count, by unit, by bound.</summary>
/// <remarks>Deferred like LINQ; arguments are checked when the method is called.</remarks>
public static class FigureQueries
{
    /// <summary>
    /// Keeps the figures whose words contain <paramref name="text"/> (ordinal, ignoring case): what they count
    /// (<see cref="Figure.Counted"/>, "Hmong who went into exile in Thailand") or the article's words for the number
    /// (<see cref="Quantity.Wording"/>, "As many as 200,000").
    /// </summary>
    /// <remarks>
    /// A number is found as the article writes it: <c>Counting("200,000")</c> finds "As many as 200,000", while
    /// <c>"200000"</c> finds nothing. To find a figure by its value, compare <see cref="Quantity.Value"/>
    /// (<c>figures.Where(f =&gt; f.Quantity.Value == 200_000)</c>), minding its <see cref="Quantity.Bound"/>.
    /// </remarks>
    /// <param name="source">The figures.</param>
    /// <param name="text">Words to look for, e.g. <c>"Wat Tham Krabok"</c>, <c>"arrested"</c> or <c>"200,000"</c>.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static IEnumerable<Figure> Counting(this IEnumerable<Figure> source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return source.WithoutNulls(nameof(source)).Where(f =>
            f.Counted.Contains(text, StringComparison.OrdinalIgnoreCase) || f.Quantity.Wording.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Keeps the figures measured in <paramref name="unit"/> (people, years).</summary>
    /// <param name="source">The figures.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="QuantityUnit"/>.</exception>
    public static IEnumerable<Figure> InUnit(this IEnumerable<Figure> source, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(source);
        QueryChecks.Defined(unit);
        return source.WithoutNulls(nameof(source)).Where(f => f.Quantity.Unit == unit);
    }

    /// <summary>Keeps the figures of kind <paramref name="kind"/>: exact numbers, estimates, bounds or no number.</summary>
    /// <param name="source">The figures.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="QuantityKind"/>.</exception>
    public static IEnumerable<Figure> OfKind(this IEnumerable<Figure> source, QuantityKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        QueryChecks.Defined(kind);
        return source.WithoutNulls(nameof(source)).Where(f => f.Quantity.Kind == kind);
    }

    /// <summary>Keeps the figures whose bound is exactly <paramref name="bound"/> (for instance only "as many as": <see cref="QuantityBound.AtMost"/>).</summary>
    /// <param name="source">The figures.</param>
    /// <param name="bound">The bound.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not a defined <see cref="QuantityBound"/>.</exception>
    public static IEnumerable<Figure> WithBound(this IEnumerable<Figure> source, QuantityBound bound)
    {
        ArgumentNullException.ThrowIfNull(source);
        QueryChecks.Defined(bound);
        return source.WithoutNulls(nameof(source)).Where(f => f.Quantity.Bound == bound);
    }
}
