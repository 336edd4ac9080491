using System.Runtime.CompilerServices;

namespace LaosRights.Data;

/// <summary>Argument checks shared by the query helpers.</summary>
internal static class QueryChecks
{
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(TEnum).Name} value.");
        }
    }

    /// <summary>
    /// Passes the records of <paramref name="source"/> through, throwing <see cref="ArgumentException"/> (naming
    /// <paramref name="paramName"/>) at a null record instead of letting a filter fail with a <see cref="NullReferenceException"/>.
    /// </summary>
    public static IEnumerable<T> WithoutNulls<T>(this IEnumerable<T> source, string paramName)
        where T : class
    {
        foreach (var item in source)
        {
            yield return item ?? throw new ArgumentException("The sequence contains a null record.", paramName);
        }
    }
}
