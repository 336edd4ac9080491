using System.Collections;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests;

public class LaosRightsDatasetTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Default_is_one_instance_across_threads()
    {
        var seen = new LaosRightsDataset[16];
        using var start = new Barrier(seen.Length);
        var threads = Enumerable.Range(0, seen.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = LaosRightsDataset.Default;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        seen.Should().OnlyContain(d => ReferenceEquals(d, Data));
    }

    [Fact]
    public void First_use_from_many_threads_at_once_loads_once_and_gives_one_instance()
    {
        // A fresh loader of the same construction as Default's, so this test sees a true first use
        // even when other tests have already touched Default.
        var loader = LaosRightsDataset.CreateDefaultLoader();
        var seen = new LaosRightsDataset?[32];
        var errors = new Exception?[seen.Length];
        using var start = new Barrier(seen.Length);
        var threads = Enumerable.Range(0, seen.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                seen[i] = loader.Value;
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().OnlyContain(e => e == null);
        seen.Should().OnlyContain(d => ReferenceEquals(d, seen[0]));
        seen[0]!.Events.Should().HaveCount(Data.Events.Count);
        seen[0].Should().NotBeSameAs(Data, "the fresh loader made its own instance");
    }

    [Fact]
    public void Versions_are_carried()
    {
        Data.SchemaVersion.Should().Be(1);
        Data.DataVersion.Should().MatchRegex(@"^\d+\.\d+\.\d+$");
        Data.ToString().Should().Contain(Data.DataVersion).And.Contain($"{Data.Events.Count} events");
    }

    [Fact]
    public void Lookup_by_id_finds_the_record()
    {
        Data.Events["iccpr-ratification-2009"].Summary.Should().Contain("ratifies");
        Data.GetRecord("wat-tham-krabok").Should().BeOfType<Place>();
        Data.TryGetRecord("genocide-accusation", out var claim).Should().BeTrue();
        claim.Should().BeOfType<Claim>();
        Data.Events.TryGet("iccpr-signing", out var e).Should().BeTrue();
        e!.Id.Should().Be("iccpr-signing");
    }

    [Fact]
    public void Lookup_of_an_unknown_id_fails_clearly()
    {
        FluentActions.Invoking(() => Data.Events["no-such-event"]).Should().Throw<KeyNotFoundException>()
            .WithMessage("No Event with id 'no-such-event' is in the dataset.");
        FluentActions.Invoking(() => Data.Actors["wat-tham-krabok"]).Should().Throw<KeyNotFoundException>("ids of other kinds are not actors");
        FluentActions.Invoking(() => Data.GetRecord("nothing")).Should().Throw<KeyNotFoundException>().WithMessage("*'nothing'*");
        FluentActions.Invoking(() => Data.Events[(string)null!]).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => Data.GetRecord(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => Data.Events[-1]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        FluentActions.Invoking(() => Data.Events[Data.Events.Count]).Should().Throw<ArgumentOutOfRangeException>();
        Data.Events.TryGet(null, out _).Should().BeFalse();
        Data.Events.TryGet("ICCPR-RATIFICATION-2009", out _).Should().BeFalse("ids are case-sensitive");
        Data.TryGetRecord(null, out _).Should().BeFalse();
        Data.Events.Contains(null).Should().BeFalse();
    }

    [Fact]
    public void Collections_enumerate_in_file_order()
    {
        Data.Events[0].Id.Should().Be("sombath-somphone-disappearance");
        Data.Events.Select(e => e.Id).Should().Equal(((IEnumerable<Event>)Data.Events).Select(e => e.Id));
        var count = 0;
        foreach (var e in Data.Events)
        {
            e.Should().NotBeNull();
            count++;
        }

        count.Should().Be(Data.Events.Count);
    }

    [Fact]
    public void No_collection_reachable_from_the_dataset_can_be_mutated()
    {
        var collections = new List<(string Where, IEnumerable Collection)>
        {
            ("Sections", Data.Article.Sections),
            ("AllRecords", Data.AllRecords),
        };
        foreach (var record in Data.AllRecords)
        {
            collections.AddRange(CollectionsOf(record, record.Id));
        }

        collections.Should().HaveCountGreaterThan(1000);
        foreach (var (where, collection) in collections)
        {
            collection.Should().NotBeAssignableTo<Array>(where);
            if (collection is IList list)
            {
                list.IsReadOnly.Should().BeTrue(where);
            }

            if (collection is ICollection<string> strings)
            {
                strings.IsReadOnly.Should().BeTrue(where);
                FluentActions.Invoking(() => strings.Add("x")).Should().Throw<NotSupportedException>(where);
            }
        }

        FluentActions.Invoking(() => ((IList<Event>)Data.Events.ToList())[0] = null!).Should().NotThrow("a copy made by the caller is the caller's");
        Data.Events.Should().NotBeAssignableTo<IList<Event>>();
        Data.AllRecords.Should().BeAssignableTo<ICollection<DatasetRecord>>().Which.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void Public_types_are_immutable()
    {
        var types = typeof(LaosRightsDataset).Assembly.GetExportedTypes();
        types.Should().HaveCountGreaterThan(20);
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is null || !setter.IsPublic)
                {
                    continue;
                }

                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                initOnly.Should().BeTrue($"{type.Name}.{property.Name} must not have a public setter");
                property.PropertyType.IsArray.Should().BeFalse($"{type.Name}.{property.Name} must not expose an array");
            }

            type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(f => !f.IsLiteral && !type.IsEnum && !f.IsInitOnly)
                .Should().BeEmpty($"{type.Name} must not have writable public fields");
        }
    }

    private static IEnumerable<(string, IEnumerable)> CollectionsOf(object value, string where)
    {
        foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var v = p.GetValue(value);
            if (v is IEnumerable e and not string)
            {
                yield return ($"{where}.{p.Name}", e);
                if (p.Name == "Evidence")
                {
                    foreach (var item in e.Cast<Evidence>())
                    {
                        yield return ($"{where}.Evidence.SectionPath", item.SectionPath);
                    }
                }
            }
        }
    }
}
