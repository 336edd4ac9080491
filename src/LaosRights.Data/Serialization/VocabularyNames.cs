using System.Runtime.CompilerServices;
using System.Text;

namespace LaosRights.Data.Serialization;

/// <summary>Converts enum values to and from the kebab-case names used in the data files (<c>ConcernRaised</c> ⇄ <c>concern-raised</c>).</summary>
/// <remarks>
/// The tables are built once per enum type from its names, with <see cref="Dictionary{TKey, TValue}"/> of
/// <see cref="string"/> to <see cref="int"/>, so that parsing costs no per-enum generic code beyond a cast:
/// cheap at run time and in JIT time on the cold path of loading. Every enum of the model is backed by <see cref="int"/>.
/// </remarks>
internal static class VocabularyNames
{
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        if (name is not null && Table<TEnum>.ByName.TryGetValue(name, out var number))
        {
            value = Unsafe.As<int, TEnum>(ref number);
            return true;
        }

        value = default;
        return false;
    }

    public static string ToName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var number = Unsafe.As<TEnum, int>(ref value);
        return Table<TEnum>.ByValue.TryGetValue(number, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
    }

    /// <summary>Every name of <typeparamref name="TEnum"/> in declaration order, e.g. for error messages.</summary>
    public static IReadOnlyList<string> AllNames<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Names;

    public static string Kebab(string pascal)
    {
        var kebab = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    kebab.Append('-');
                }

                kebab.Append(char.ToLowerInvariant(c));
            }
            else
            {
                kebab.Append(c);
            }
        }

        return kebab.ToString();
    }

    // Non-generic on purpose: one body for every enum type (see the remarks on the class).
    private static System.Collections.ObjectModel.ReadOnlyCollection<string> Fill(Type enumType, Dictionary<string, int> byName, Dictionary<int, string> byValue)
    {
        var pascalNames = Enum.GetNames(enumType);
        var values = Enum.GetValuesAsUnderlyingType(enumType);
        var names = new string[pascalNames.Length];
        for (var i = 0; i < pascalNames.Length; i++)
        {
            names[i] = Kebab(pascalNames[i]);
            var number = (int)values.GetValue(i)!;
            byName.Add(names[i], number);
            byValue.Add(number, names[i]);
        }

        return Array.AsReadOnly(names);
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, int> ByName = new(StringComparer.Ordinal);
        public static readonly Dictionary<int, string> ByValue = [];
        public static readonly IReadOnlyList<string> Names = Fill(typeof(TEnum), ByName, ByValue);
    }
}
