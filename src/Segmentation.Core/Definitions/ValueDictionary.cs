using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Segmentation.Definitions;

/// <summary>An immutable, ordinally keyed dictionary ordered by key that compares by content.</summary>
internal sealed class ValueDictionary : IReadOnlyDictionary<string, SegmentValue>, IEquatable<ValueDictionary>
{
    private readonly KeyValuePair<string, SegmentValue>[] _items;

    internal ValueDictionary(IEnumerable<KeyValuePair<string, SegmentValue>> items)
    {
        _items = [.. items.OrderBy(pair => pair.Key, StringComparer.Ordinal)];
        for (var i = 0; i < _items.Length; i++)
        {
            Names.Field(_items[i].Key, "name");
            if (i > 0 && string.Equals(_items[i - 1].Key, _items[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The argument '{_items[i].Key}' is given twice.", nameof(items));
            }
        }
    }

    public int Count => _items.Length;

    public IEnumerable<string> Keys => _items.Select(pair => pair.Key);

    public IEnumerable<SegmentValue> Values => _items.Select(pair => pair.Value);

    public SegmentValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No argument '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SegmentValue value)
    {
        foreach (var pair in _items)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, SegmentValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, SegmentValue>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueDictionary? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);

    public override bool Equals(object? obj) => obj is ValueDictionary other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var pair in _items)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }
}
