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
        FluentActions.Invoking(() => list[3]).Should().Throw<IndexOutOfRangeException>();

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
    public void The_empty_list_is_shared_and_empty()
    {
        ReadOnlyArray<Topic>.Empty.Should().BeEmpty();
        ReadOnlyArray<Topic>.Empty.Should().BeSameAs(ReadOnlyArray<Topic>.Empty);
        new Event { Id = "e", Evidence = [], Summary = "s", Standing = Standing.Stated }.Actors.Should().BeSameAs(ReadOnlyArray<EventActor>.Empty);
    }
}
