using System.Collections;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>The read-only list behind <see cref="Event.Actors"/>, <see cref="Event.Related"/> and the topic lists.</summary>
public class ReadOnlyArrayTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void The_value_type_lists_of_the_dataset_are_read_only_views()
    {
        var ratification = Data.Events["iccpr-ratification-2009"];
        var withActors = Data.Events.First(e => e.Actors.Count > 1);
        var related = Data.Events.First(e => e.Related.Count > 0);

        foreach (var list in new IEnumerable[] { withActors.Actors, related.Related, ratification.Topics, Data.Cases[0].Topics, Data.Claims.First(c => c.Topics.Count > 0).Topics })
        {
            list.Should().BeAssignableTo<IList>().Which.IsReadOnly.Should().BeTrue();
            list.Should().NotBeAssignableTo<Array>();
        }

        var actors = (IList<EventActor>)withActors.Actors;
        actors.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => actors.Add(actors[0])).Should().Throw<NotSupportedException>().WithMessage("The collection is read-only.");
        FluentActions.Invoking(() => actors[0] = actors[1]).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => actors.Insert(0, actors[1])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => actors.Remove(actors[0])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => actors.RemoveAt(0)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(actors.Clear).Should().Throw<NotSupportedException>();
        var untyped = (IList)withActors.Actors;
        FluentActions.Invoking(() => untyped.Add(actors[0])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => untyped[0] = actors[1]).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => untyped.Insert(0, actors[1])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => untyped.Remove(actors[0])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => untyped.RemoveAt(0)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(untyped.Clear).Should().Throw<NotSupportedException>();
        untyped.IsFixedSize.Should().BeTrue();
        actors.Count.Should().Be(withActors.Actors.Count);
    }

    [Fact]
    public void It_reads_like_the_array_it_wraps()
    {
        EventActor[] items = [new("a", ActorRole.Acted), new("b", ActorRole.Affected), new("c", ActorRole.Reported)];
        IList<EventActor> list = new ReadOnlyArray<EventActor>([.. items]);

        list.Should().Equal(items);
        list.Count.Should().Be(3);
        list[1].Should().Be(items[1]);
        list.Contains(items[2]).Should().BeTrue();
        list.Contains(new("c", ActorRole.Acted)).Should().BeFalse();
        list.IndexOf(items[2]).Should().Be(2);
        list.IndexOf(new("z", ActorRole.Acted)).Should().Be(-1);
        var copy = new EventActor[5];
        list.CopyTo(copy, 1);
        copy.Should().Equal(default, items[0], items[1], items[2], default);
        list.ToList().Should().Equal(items);
        FluentActions.Invoking(() => list[3]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");

        var untyped = (IList)list;
        untyped[0].Should().Be(items[0]);
        untyped.Contains(items[1]).Should().BeTrue();
        untyped.Contains("b").Should().BeFalse("a value of another type is never in the list");
        untyped.Contains(null).Should().BeFalse();
        untyped.IndexOf(items[1]).Should().Be(1);
        untyped.IndexOf("b").Should().Be(-1);
        var objects = new object[3];
        untyped.CopyTo(objects, 0);
        objects.Should().Equal(items.Cast<object>());
        ((ICollection)list).IsSynchronized.Should().BeFalse();
        ((ICollection)list).SyncRoot.Should().NotBeNull();
    }

    [Fact]
    public void It_fails_where_a_read_only_collection_over_an_array_fails_and_in_the_same_way()
    {
        EventActor[] items = [new("a", ActorRole.Acted), new("b", ActorRole.Affected)];
        IList<EventActor> mine = new ReadOnlyArray<EventActor>([.. items]);
        IList<EventActor> framework = Array.AsReadOnly<EventActor>([.. items]);

        foreach (var list in new[] { mine, framework })
        {
            var which = list.GetType().Name;
            FluentActions.Invoking(() => list[-1]).Should().Throw<ArgumentOutOfRangeException>(which);
            FluentActions.Invoking(() => list[2]).Should().Throw<ArgumentOutOfRangeException>(which);
            FluentActions.Invoking(() => ((IList)list)[2]).Should().Throw<ArgumentOutOfRangeException>(which);
            FluentActions.Invoking(() => list.CopyTo(new EventActor[1], 0)).Should().Throw<ArgumentException>(which);
            FluentActions.Invoking(() => list.CopyTo(null!, 0)).Should().Throw<ArgumentNullException>(which);
            FluentActions.Invoking(() => ((ICollection)list).CopyTo(new string[2], 0)).Should().Throw<ArgumentException>(which)
                .Which.Should().NotBeOfType<ArgumentOutOfRangeException>();
            FluentActions.Invoking(() => ((ICollection)list).CopyTo(null!, 0)).Should().Throw<ArgumentNullException>(which);

            using var enumerator = list.GetEnumerator();
            FluentActions.Invoking(() => enumerator.Current).Should().Throw<InvalidOperationException>(which + ": not started");
            enumerator.MoveNext().Should().BeTrue();
            enumerator.Current.Should().Be(items[0]);
            enumerator.MoveNext().Should().BeTrue();
            enumerator.MoveNext().Should().BeFalse();
            enumerator.MoveNext().Should().BeFalse();
            FluentActions.Invoking(() => enumerator.Current).Should().Throw<InvalidOperationException>(which + ": finished");
            enumerator.Reset();
            enumerator.MoveNext().Should().BeTrue();
            ((IEnumerator)enumerator).Current.Should().Be(items[0]);
        }

        FluentActions.Invoking(() => mine[2]).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Index was out of range. Must be non-negative and less than the size of the collection.*");
    }

    [Fact]
    public void The_empty_list_is_shared_and_empty()
    {
        ReadOnlyArray<Topic>.Empty.Should().BeEmpty();
        ReadOnlyArray<Topic>.Empty.Should().BeSameAs(ReadOnlyArray<Topic>.Empty);
        new Event { Id = "e", Evidence = [], Summary = "s", Standing = Standing.Stated }.Actors.Should().BeSameAs(ReadOnlyArray<EventActor>.Empty);
    }
}
