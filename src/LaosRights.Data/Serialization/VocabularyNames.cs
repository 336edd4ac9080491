using System.Text;

namespace LaosRights.Data.Serialization;

/// <summary>Converts enum values to and from the kebab-case names used in the data files.</summary>
internal static class VocabularyNames
{
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(name) || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        var pascal = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '-')
            {
                if (upper)
                {
                    return false; // "--"
                }

                upper = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                pascal.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                return false;
            }
        }

        return Enum.TryParse(pascal.ToString(), ignoreCase: false, out value) && Enum.IsDefined(value);
    }

    public static string ToName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var pascal = value.ToString();
        var kebab = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
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
}
