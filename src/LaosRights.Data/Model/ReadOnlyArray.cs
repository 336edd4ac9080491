using System.Collections;

namespace LaosRights.Data;

/// <summary>
/// A read-only view of an array the library owns, for lists of value types (<see cref="EventActor"/>,
/// <see cref="EventRelation"/>, <see cref="Topic"/>). It does what
/// <see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/> does, but being defined in this assembly its code
/// over these types is compiled ahead of time with the library (ReadyToRun), where the framework's generic collections
/// over the library's value types are compiled by the JIT on first use: about thirty methods on the cold path of loading.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyArray<T> : IList<T>, IReadOnlyList<T>, IList
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

    public T this[int index] => _items[index];

    T IList<T>.this[int index]
    {
        get => _items[index];
        set => throw ReadOnly();
    }

    object? IList.this[int index]
    {
        get => _items[index];
        set => throw ReadOnly();
    }

    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    public int IndexOf(T item) => Array.IndexOf(_items, item);

    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IList.Contains(object? value) => value is T item && Contains(item);

    int IList.IndexOf(object? value) => value is T item ? IndexOf(item) : -1;

    void ICollection.CopyTo(Array array, int index) => _items.CopyTo(array, index);

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    int IList.Add(object? value) => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The collection is read-only.");
}
