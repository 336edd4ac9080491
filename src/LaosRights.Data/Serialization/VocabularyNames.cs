using System.Runtime.CompilerServices;

namespace LaosRights.Data.Serialization;

/// <summary>Converts enum values to and from the kebab-case names used in the data files (<c>ConcernRaised</c> ⇄ <c>concern-raised</c>).</summary>
/// <remarks>
/// The names (of the data files and of the CSV export) are written out here, in declaration order, rather than derived
/// from the enums by reflection, because reading enum metadata by reflection cost a fresh process about 4 ms on the first
/// load of the dataset. They are the data format's vocabulary: a test holds every table to its enum (one name per member,
/// in order, each the kebab-case of the member's name) and another to the JSON Schema's lists, so renaming a member or
/// adding one fails a test instead of silently changing the format. Every enum of the model is backed by
/// <see cref="int"/> and numbered from 0 without gaps, so a name's index is its value.
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
        var names = Table<TEnum>.Names;
        return (uint)number < (uint)names.Length
            ? names[number]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
    }

    /// <summary>Every name of <typeparamref name="TEnum"/> in declaration order, e.g. for error messages.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="TEnum"/> is not a vocabulary of the data format.</exception>
    public static IReadOnlyList<string> AllNames<TEnum>()
        where TEnum : struct, Enum => IsVocabulary<TEnum>()
            ? Table<TEnum>.ReadOnlyNames
            : throw new NotSupportedException($"{typeof(TEnum).Name} is not a vocabulary of the data format.");

    /// <summary>Whether <typeparamref name="TEnum"/> is one of the data format's vocabularies.</summary>
    public static bool IsVocabulary<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Names.Length > 0;

    /// <summary>Every name of <typeparamref name="TEnum"/> joined with ", ", for messages (built once, on the first bad value).</summary>
    public static string AllNamesText<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Text ??= string.Join(", ", Table<TEnum>.Names);

    private static string[] NamesOf<TEnum>()
        where TEnum : struct, Enum => 0 switch
    {
        _ when typeof(TEnum) == typeof(Standing) => ["stated", "reported", "alleged", "concern-raised", "claimed", "officially-stated", "denied", "disputed", "documented", "expected"],
        _ when typeof(TEnum) == typeof(ActorKind) => ["government", "government-agency", "armed-force", "security-force", "political-party", "non-governmental-organization", "intergovernmental-organization", "media-outlet", "person", "ethnic-group", "religious-group", "group"],
        _ when typeof(TEnum) == typeof(PlaceKind) => ["country", "province", "state", "region", "area", "refugee-camp", "detention-center", "monastery"],
        _ when typeof(TEnum) == typeof(SourceKind) => ["constitution", "treaty", "statute", "magazine-article", "newspaper-report", "news-report", "documentary", "report", "related-article"],
        _ when typeof(TEnum) == typeof(ActorRole) => ["acted", "affected", "participated", "agreed", "supported", "opposed", "protested", "criticized", "reported", "documented", "recipient", "governing"],
        _ when typeof(TEnum) == typeof(EventRelationKind) => ["follows", "responds-to"],
        _ when typeof(TEnum) == typeof(QuantityBound) => ["exact", "approximate", "at-least", "more-than", "at-most", "between", "unquantified"],
        _ when typeof(TEnum) == typeof(QuantityUnit) => ["people", "years"],
        _ when typeof(TEnum) == typeof(RankDirection) => ["best", "worst"],
        _ when typeof(TEnum) == typeof(DateMeaning) => ["happened", "published", "reported", "submitted", "promulgated", "edition", "expected", "deadline", "said"],
        _ when typeof(TEnum) == typeof(DatePrecision) => ["century", "decade", "year", "month", "day"],
        _ when typeof(TEnum) == typeof(Topic) => ["treaty-ratification", "cooperation-with-un-mechanisms", "legislation", "disappearance", "detention", "torture-and-ill-treatment", "attacks-on-civilians", "freedom-of-expression", "freedom-of-association", "freedom-of-assembly", "freedom-of-religion", "prison-conditions", "refugees-and-asylum-seekers", "forced-return", "extrajudicial-killing", "sexual-violence", "death-penalty", "human-trafficking", "access-for-monitors", "non-discrimination", "gender-equality", "minority-rights", "genocide", "armed-conflict", "civil-and-political-liberties"],
        _ => [], // not a vocabulary: IsVocabulary is false, TryParse finds nothing, ToName and AllNames throw
    };

    // Non-generic, so that one precompiled body serves every enum.
    private static Dictionary<string, int> Index(string[] names)
    {
        var byName = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            byName.Add(names[i], i);
        }

        return byName;
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string[] Names = NamesOf<TEnum>();
        public static readonly IReadOnlyList<string> ReadOnlyNames = Array.AsReadOnly(Names);
        public static readonly Dictionary<string, int> ByName = Index(Names);
        public static string? Text;
    }
}
