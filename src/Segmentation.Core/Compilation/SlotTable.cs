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
    private readonly List<TimeSlot> _timeSlots = [];
    private readonly List<(int Index, Func<DateTimeOffset, object> Compute)> _computed = [];

    internal int Count => _values.Count;

    internal int Add(object? value)
    {
        _values.Add(value);
        return _values.Count - 1;
    }

    internal int AddTime(TimeWindow window, bool isEnd, Type target)
    {
        _values.Add(null);
        _timeSlots.Add(new TimeSlot(_values.Count - 1, window, isEnd, target));
        return _values.Count - 1;
    }

    /// <summary>Adds a slot whose value is computed from the as-of instant per evaluation (age bounds).</summary>
    internal int AddComputed(Func<DateTimeOffset, object> compute)
    {
        _values.Add(null);
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
