using System.Collections;
using System.Diagnostics;

namespace LaosRights.Data;

/// <summary>
/// A read-only view of an array the library owns, for lists of value types (<see cref="EventActor"/>,
/// <see cref="EventRelation"/>, <see cref="Topic"/>). It behaves like
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> over an array (the same exceptions, an enumerator
/// that can be reset), but being defined in this assembly its code over these types is compiled ahead of time with the
/// library (ReadyToRun), where the framework's generic collections over the library's value types are compiled by the
/// JIT on first use: about thirty methods on the cold path of loading.
/// Records hold every list in one of these (their <c>init</c> accessors copy what a caller gives, see <see cref="ReadOnlyArray.From"/>),
/// and it compares by value (<see cref="Equals(object?)"/>, <see cref="GetHashCode"/>), so that records read twice
/// from the same bytes are equal, as value-like records should be.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[DebuggerDisplay("Count = {Count}")]
[DebuggerTypeProxy(typeof(ReadOnlyArrayDebugView<>))]
internal sealed class ReadOnlyArray<T> : IList<T>, IReadOnlyList<T>, IList, IEquatable<ReadOnlyArray<T>>
{
    private readonly T[] _items;

    /// <param name="items">The array to wrap; the caller gives up every other reference to it.</param>
    public ReadOnlyArray(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
#pragma warning disable CA1825 // Array.Empty<T> over this assembly's value types would be JIT-compiled: the point of this class.
    public static ReadOnlyArray<T> Empty { get; } = new(new T[0]);
#pragma warning restore CA1825

    public int Count => _items.Length;

    public bool IsReadOnly => true;

    bool IList.IsFixedSize => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => _items;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_items.Length)
            {
                ReadOnlyArray.ThrowIndexOutOfRange(index);
            }

            return _items[index];
        }
    }

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnlyArray.ReadOnly();
    }

    object? IList.this[int index]
    {
        get => this[index];
        set => throw ReadOnlyArray.ReadOnly();
    }

    internal T[] Items => _items;

    /// <summary>Whether <paramref name="other"/> holds equal items in the same order (<see cref="EqualityComparer{T}.Default"/>).</summary>
    public bool Equals(ReadOnlyArray<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items));

    public override bool Equals(object? obj) => Equals(obj as ReadOnlyArray<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, as C# writes a collection: <c>[a, b, c]</c>; no type name.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    public int IndexOf(T item) => Array.IndexOf(_items, item);

    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public IEnumerator<T> GetEnumerator() => new Enumerator(_items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IList.Contains(object? value) => value is T item && Contains(item);

    int IList.IndexOf(object? value) => value is T item ? IndexOf(item) : -1;

    void ICollection.CopyTo(Array array, int index)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (array is T[] typed)
        {
            _items.CopyTo(typed, index);
            return;
        }

        try
        {
            Array.Copy(_items, 0, array, index, _items.Length);
        }
        catch (Exception e) when (e is ArrayTypeMismatchException or InvalidCastException)
        {
            throw new ArgumentException("Target array type is not compatible with the type of items in the collection.", nameof(array), e);
        }
    }

    void ICollection<T>.Add(T item) => throw ReadOnlyArray.ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnlyArray.ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnlyArray.ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnlyArray.ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnlyArray.ReadOnly();

    int IList.Add(object? value) => throw ReadOnlyArray.ReadOnly();

    void IList.Clear() => throw ReadOnlyArray.ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnlyArray.ReadOnly();

    void IList.Remove(object? value) => throw ReadOnlyArray.ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnlyArray.ReadOnly();

    /// <summary>Walks the array like an array's own enumerator: <see cref="Current"/> outside the items throws, <see cref="Reset"/> starts over.</summary>
    private sealed class Enumerator(T[] items) : IEnumerator<T>
    {
        private int _index = -1;

        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)items.Length)
                {
                    ReadOnlyArray.ThrowEnumeration(_index < 0);
                }

                return items[_index];
            }
        }

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_index < items.Length)
            {
                _index++;
            }

            return _index < items.Length;
        }

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}

/// <summary>The exceptions of <see cref="ReadOnlyArray{T}"/>, outside the generic type so that each is compiled once.</summary>
internal static class ReadOnlyArray
{
    /// <summary>
    /// The list a record keeps for <paramref name="value"/>: the same instance if it is already one of ours (immutable,
    /// so safe to share), otherwise a copy, so that a caller's array or list changed later never changes a record.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static ReadOnlyArray<T> From<T>(IReadOnlyList<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is ReadOnlyArray<T> ours)
        {
            return ours;
        }

        if (value.Count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var items = new T[value.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = value[i];
        }

        return new ReadOnlyArray<T>(items);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void ThrowIndexOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Index was out of range. Must be non-negative and less than the size of the collection.");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void ThrowEnumeration(bool notStarted) =>
        throw new InvalidOperationException(notStarted ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");

    public static NotSupportedException ReadOnly() => new("The collection is read-only.");
}

/// <summary>Shows a <see cref="ReadOnlyArray{T}"/>'s items in the debugger, as it shows an array's.</summary>
internal sealed class ReadOnlyArrayDebugView<T>(ReadOnlyArray<T> list)
{
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public T[] Items => list.Items;
}
