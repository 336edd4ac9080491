using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// The data file's names of the vocabulary values, both ways: <c>Vocabulary.Parse&lt;Topic&gt;("freedom-of-religion")</c>
/// is <see cref="Topic.FreedomOfReligion"/> and <c>Vocabulary.ToName(Standing.ConcernRaised)</c> is <c>concern-raised</c>.
/// These are the names in <c>dataset.json</c>, the JSON of every record and the CSV export; <see cref="Enum.Parse(Type, string)"/>
/// does not know them. For names for people to read ("Freedom of religion") see <see cref="DisplayNames"/>.
/// </summary>
/// <remarks>
/// The vocabularies are <see cref="Standing"/>, <see cref="Topic"/>, <see cref="ActorKind"/>, <see cref="PlaceKind"/>,
/// <see cref="SourceKind"/>, <see cref="ActorRole"/>, <see cref="EventRelationKind"/>, <see cref="QuantityBound"/>,
/// <see cref="QuantityUnit"/>, <see cref="RankDirection"/>, <see cref="DateMeaning"/> and <see cref="DatePrecision"/>.
/// Names are matched exactly (ordinal, case-sensitive, no surrounding white space), as the data file's reader matches
/// them. Thread-safe.
/// </remarks>
public static class Vocabulary
{
    /// <summary>Converts a data file name to its value: <c>"freedom-of-religion"</c> → <see cref="Topic.FreedomOfReligion"/>.</summary>
    /// <typeparam name="TEnum">A vocabulary enum (see the remarks of the type).</typeparam>
    /// <param name="name">The kebab-case name, exactly as in the data file.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not a vocabulary of this library.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not one of the vocabulary's names; the message lists them all.</exception>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckVocabulary<TEnum>();
        return VocabularyNames.TryParse<TEnum>(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} name; expected one of: {VocabularyNames.AllNamesText<TEnum>()}.");
    }

    /// <summary>Converts a data file name to its value without throwing for an unknown name.</summary>
    /// <typeparam name="TEnum">A vocabulary enum (see the remarks of the type).</typeparam>
    /// <param name="name">The kebab-case name; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="value">The value when found; otherwise <see langword="default"/>.</param>
    /// <returns>Whether <paramref name="name"/> is one of the vocabulary's names.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not a vocabulary of this library.</exception>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        CheckVocabulary<TEnum>();
        return VocabularyNames.TryParse(name, out value);
    }

    /// <summary>The data file name of a value: <see cref="Standing.ConcernRaised"/> → <c>concern-raised</c>.</summary>
    /// <typeparam name="TEnum">A vocabulary enum (see the remarks of the type).</typeparam>
    /// <param name="value">A defined value.</param>
    /// <returns>The kebab-case name.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not a vocabulary of this library.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        CheckVocabulary<TEnum>();
        return VocabularyNames.ToName(value);
    }

    /// <summary>Every name of a vocabulary, in the enum's declaration order (so a name's index is its value).</summary>
    /// <typeparam name="TEnum">A vocabulary enum (see the remarks of the type).</typeparam>
    /// <returns>The names, read-only.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not a vocabulary of this library.</exception>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum
    {
        CheckVocabulary<TEnum>();
        return VocabularyNames.AllNames<TEnum>();
    }

    private static void CheckVocabulary<TEnum>()
        where TEnum : struct, Enum
    {
        if (!VocabularyNames.IsVocabulary<TEnum>())
        {
            throw new ArgumentException($"{typeof(TEnum).Name} is not a vocabulary of LaosRights.Data; the vocabularies are Standing, Topic, ActorKind, PlaceKind, SourceKind, ActorRole, EventRelationKind, QuantityBound, QuantityUnit, RankDirection, DateMeaning and DatePrecision.", nameof(TEnum));
        }
    }
}
