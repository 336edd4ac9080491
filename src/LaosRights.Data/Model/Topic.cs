using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// The closed vocabulary of human-rights concerns that the article raises.
/// Use <see cref="TopicExtensions.GetIccprArticles(Topic)"/> for the articles of the
/// International Covenant on Civil and Political Rights (ICCPR) that correspond to a topic.
/// </summary>
/// <remarks>
/// Topic names describe what a record is about, not what happened: a record tagged <see cref="Genocide"/>
/// may be an accusation (see its <see cref="Standing"/>). In the JSON the values are written in kebab-case.
/// </remarks>
[JsonConverter(typeof(VocabularyJsonConverter<Topic>))]
public enum Topic
{
    /// <summary>Signing and ratifying human-rights treaties.</summary>
    TreatyRatification,

    /// <summary>Cooperation with the United Nations human-rights mechanisms.</summary>
    CooperationWithUnMechanisms,

    /// <summary>Legislative measures that affect human rights.</summary>
    Legislation,

    /// <summary>People who disappeared. The article does not say who is responsible, so the topic is not "enforced" disappearance.</summary>
    Disappearance,

    /// <summary>Arrest, detention and imprisonment, including of dissidents.</summary>
    Detention,

    /// <summary>Torture and other cruel, inhuman or degrading treatment.</summary>
    TortureAndIllTreatment,

    /// <summary>Military attacks on unarmed civilians.</summary>
    AttacksOnCivilians,

    /// <summary>Freedom of expression, speech and the press.</summary>
    FreedomOfExpression,

    /// <summary>Freedom of association.</summary>
    FreedomOfAssociation,

    /// <summary>Freedom of assembly.</summary>
    FreedomOfAssembly,

    /// <summary>Freedom of religion and belief.</summary>
    FreedomOfReligion,

    /// <summary>Prison conditions and the treatment of prisoners.</summary>
    PrisonConditions,

    /// <summary>Protection of refugees and asylum-seekers, resettlement.</summary>
    RefugeesAndAsylumSeekers,

    /// <summary>
    /// Forced return and deportation, and allegations, threats, plans and denials of it. Repatriation the article does not
    /// call forced (an agreement to repatriate, an attempt) is tagged <see cref="RefugeesAndAsylumSeekers"/> only.
    /// </summary>
    ForcedReturn,

    /// <summary>Extrajudicial killing.</summary>
    ExtrajudicialKilling,

    /// <summary>Rape and other sexual violence.</summary>
    SexualViolence,

    /// <summary>The death penalty and executions.</summary>
    DeathPenalty,

    /// <summary>Human trafficking, including sex trafficking.</summary>
    HumanTrafficking,

    /// <summary>Access for independent monitors, foreign officials and journalists.</summary>
    AccessForMonitors,

    /// <summary>Equality and non-discrimination, including between ethnic groups.</summary>
    NonDiscrimination,

    /// <summary>Equality between men and women.</summary>
    GenderEquality,

    /// <summary>Rights of ethnic, religious and linguistic minorities.</summary>
    MinorityRights,

    /// <summary>Genocide.</summary>
    Genocide,

    /// <summary>Armed conflict and the people who fought in it.</summary>
    ArmedConflict,

    /// <summary>Political rights and civil liberties as a whole.</summary>
    CivilAndPoliticalLiberties,
}

/// <summary>Reference information about <see cref="Topic"/> values.</summary>
public static class TopicExtensions
{
    private static readonly int[] None = [];

    /// <summary>
    /// Gets the articles of the International Covenant on Civil and Political Rights that correspond to
    /// <paramref name="topic"/>, in ascending order; empty where no article corresponds directly.
    /// </summary>
    /// <remarks>
    /// These numbers are a standard reference, not facts from the article: they are the Covenant's own article
    /// numbers (Art. 2 non-discrimination, 3 equality of men and women, 6 life, death penalty and genocide,
    /// 7 torture, 8 slavery and servitude, 9 liberty, 10 treatment of detainees, 18 religion, 19 expression,
    /// 21 assembly, 22 association, 26 equality before the law, 27 minorities).
    /// </remarks>
    /// <param name="topic">The topic.</param>
    /// <returns>A read-only list of article numbers; the same instance on every call for a topic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined <see cref="Topic"/> value.</exception>
    public static IReadOnlyList<int> GetIccprArticles(this Topic topic) => IccprArticles.For(topic);

    private static class IccprArticles
    {
        private static readonly IReadOnlyList<int>[] ByTopic = Build();

        public static IReadOnlyList<int> For(Topic topic)
        {
            if ((uint)topic >= (uint)ByTopic.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(topic), topic, "Not a defined Topic value.");
            }

            return ByTopic[(int)topic];
        }

        private static IReadOnlyList<int>[] Build()
        {
            var table = new IReadOnlyList<int>[Enum.GetValues<Topic>().Length];
            Array.Fill(table, Array.AsReadOnly(None));
            void Set(Topic t, params int[] articles) => table[(int)t] = Array.AsReadOnly(articles);
            Set(Topic.Detention, 9);
            Set(Topic.TortureAndIllTreatment, 7);
            Set(Topic.AttacksOnCivilians, 6);
            Set(Topic.FreedomOfExpression, 19);
            Set(Topic.FreedomOfAssociation, 22);
            Set(Topic.FreedomOfAssembly, 21);
            Set(Topic.FreedomOfReligion, 18);
            Set(Topic.PrisonConditions, 10);
            Set(Topic.ExtrajudicialKilling, 6);
            Set(Topic.DeathPenalty, 6);
            Set(Topic.HumanTrafficking, 8);
            Set(Topic.NonDiscrimination, 2, 26);
            Set(Topic.GenderEquality, 3);
            Set(Topic.MinorityRights, 27);
            Set(Topic.Genocide, 6);
            return table;
        }
    }
}
