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
}
