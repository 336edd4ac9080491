using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace LaosRights.Data;

/// <summary>
/// The records of one kind in a dataset, in the order of the data file, with O(1) lookup by id.
/// Read-only: neither the collection nor its records can be changed.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[DebuggerDisplay("{ToString(),nq}")]
[DebuggerTypeProxy(typeof(RecordCollectionDebugView<>))]
public sealed class RecordCollection<T> : IReadOnlyList<T>
    where T : DatasetRecord
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byId;
    private readonly IReadOnlyDictionary<string, DatasetRecord>? _allRecords;

    /// <param name="items">The records, in file order.</param>
    /// <param name="allRecords">Every record of the dataset by id, so that an id of another kind is reported as such.</param>
    internal RecordCollection(T[] items, IReadOnlyDictionary<string, DatasetRecord>? allRecords = null)
    {
        _items = items;
        _allRecords = allRecords;
        _byId = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            _byId.Add(item.Id, item);
        }
    }

    /// <summary>The number of records.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the record at <paramref name="index"/> in file order.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _items.Length);
            return _items[index];
        }
    }

    /// <summary>Gets the record with id <paramref name="id"/> (ordinal, case-sensitive). O(1).</summary>
    /// <param name="id">The record's id, e.g. <c>iccpr-ratification-2009</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record of this kind has that id; the message names the id and the kind,
    /// and either the kind of the record that has this id ("'thai-military' is an Actor: use Actors") or the closest
    /// existing ids of this kind ("Did you mean 'thai-military'?").</exception>
    public T this[string id]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(id);
            return _byId.TryGetValue(id, out var record) ? record : throw NotFound(id);
        }
    }

    private KeyNotFoundException NotFound(string id)
    {
        var message = $"No {typeof(T).Name} with id '{id}' is in the dataset.";
        if (_allRecords is not null && _allRecords.TryGetValue(id, out var other))
        {
            var kind = other.GetType().Name;
            return new KeyNotFoundException($"{message} '{id}' is {(kind[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an" : "a")} {kind}: look it up in the dataset's {kind}s collection or with GetRecord.");
        }

        return new KeyNotFoundException(message + Suggestions.DidYouMean(id, _byId.Keys));
    }

    /// <summary>
    /// The ids of this collection closest to <paramref name="id"/>, for a "Did you mean …?" after a mistyped id: at most
    /// three, closest first, empty when none is close. Close means equal ignoring case, one a prefix of the other (both
    /// at least 4 characters), or within an edit distance of a third of the length (at least 2). The indexer's
    /// <see cref="KeyNotFoundException"/> names the same ids. O(n) in the number of records.
    /// </summary>
    /// <param name="id">The id that found nothing (for example <c>"thai-militray"</c> or <c>"Thailand"</c>).</param>
    /// <returns>The closest existing ids (<c>["thai-military"]</c>, <c>["thailand"]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> ClosestIds(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Suggestions.Closest(id, _byId.Keys);
    }

    /// <summary>Looks a record up by id without throwing. O(1).</summary>
    /// <param name="id">The id to look for; <see langword="null"/> finds nothing.</param>
    /// <param name="record">The record when found; otherwise <see langword="null"/>.</param>
    /// <returns>Whether a record with that id exists.</returns>
    public bool TryGet([NotNullWhen(true)] string? id, [MaybeNullWhen(false)] out T record)
    {
        if (id is null)
        {
            record = null;
            return false;
        }

        return _byId.TryGetValue(id, out record);
    }

    /// <summary>Whether a record with id <paramref name="id"/> exists. O(1).</summary>
    /// <param name="id">The id; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool Contains([NotNullWhen(true)] string? id) => id is not null && _byId.ContainsKey(id);

    /// <summary>Returns the kind and number of records, e.g. <c>60 Event records</c>; no internal type name.</summary>
    /// <returns>A one-line description; culture-invariant.</returns>
    public override string ToString() =>
        _items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + typeof(T).Name + (_items.Length == 1 ? " record" : " records");

    internal T[] Items => _items;

    /// <summary>Returns an enumerator over the records in file order. The struct enumerator does not allocate.</summary>
    /// <returns>An enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Enumerates a <see cref="RecordCollection{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current record.</summary>
        public readonly T Current => _items[_index];

        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next record.</summary>
        /// <returns><see langword="false"/> after the last record.</returns>
        public bool MoveNext() => ++_index < _items.Length;

        /// <summary>Goes back to before the first record.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing.</summary>
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>Shows a <see cref="RecordCollection{T}"/>'s records in the debugger, as it shows an array's.</summary>
internal sealed class RecordCollectionDebugView<T>(RecordCollection<T> collection)
    where T : DatasetRecord
{
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public T[] Items => collection.Items;
}
