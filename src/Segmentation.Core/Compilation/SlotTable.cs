using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// The literals of one compiled definition, in the order the expression reads them: the expression
/// reads slot <c>i</c> as <c>(Type)holder[i]</c>, so values change without recompiling and EF Core
/// turns each into a query parameter. Slots derived from the as-of instant are filled per evaluation.
/// </summary>
internal sealed class SlotTable
{
    private readonly List<object?> _values = [];
    private readonly List<Type> _types = [];
    private readonly List<TimeSlot> _timeSlots = [];
    private readonly List<(int Index, Func<DateTimeOffset, object> Compute)> _computed = [];

    internal int Count => _values.Count;

    /// <summary>Gets the type each slot is read as, in slot order.</summary>
    internal IReadOnlyList<Type> Types => _types;

    internal int Add(object? value)
    {
        _values.Add(value);
        _types.Add(typeof(object));
        return _values.Count - 1;
    }

    /// <summary>Records the type slot <paramref name="index"/> is read as.</summary>
    internal void SetType(int index, Type type) => _types[index] = type;

    internal int AddTime(TimeWindow window, bool isEnd, Type target)
    {
        _values.Add(null);
        _types.Add(target);
        _timeSlots.Add(new TimeSlot(_values.Count - 1, window, isEnd, target));
        return _values.Count - 1;
    }

    /// <summary>Adds a slot whose value is computed from the as-of instant per evaluation (age bounds).</summary>
    internal int AddComputed(Func<DateTimeOffset, object> compute)
    {
        _values.Add(null);
        _types.Add(typeof(object));
        _computed.Add((_values.Count - 1, compute));
        return _values.Count - 1;
    }

    /// <summary>The holder array for one as-of instant.</summary>
    internal object?[] CreateHolder(DateTimeOffset asOf)
    {
        var holder = _values.ToArray();
        foreach (var slot in _timeSlots)
        {
            var instant = slot.IsEnd ? asOf : slot.Window.StartFor(asOf);
            holder[slot.Index] = TimeValues.ToFieldType(instant, slot.Target);
        }

        foreach (var (index, compute) in _computed)
        {
            holder[index] = compute(asOf);
        }

        return holder;
    }

    private readonly record struct TimeSlot(int Index, TimeWindow Window, bool IsEnd, Type Target);
}
