using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The mutable list of criteria behind one chain (the whole segment, or one group).</summary>
/// <remarks>
/// A chain is joined either by <c>And</c> or by <c>Or</c>, never both: mixing would need a
/// precedence rule that readers of a chain would have to remember, so groups make it explicit.
/// </remarks>
internal sealed class ChainState
{
    private readonly List<Criterion> _items = [];
    private Junction _junction;

    internal ChainState(FieldCatalog catalog, string location)
    {
        Catalog = catalog;
        Location = location;
    }

    internal FieldCatalog Catalog { get; }

    /// <summary>Gets where the chain is, e.g. <c>VIP</c> or <c>VIP &gt; criterion 2</c> for a group (see <see cref="DslLocation"/>).</summary>
    internal string Location { get; }

    /// <summary>The location of the next criterion appended, with the field it tests if any.</summary>
    internal string NextLocation(string? field) => DslLocation.Criterion(Location, _items.Count + 1, field);

    internal void CheckJoin(Junction junction)
    {
        if (_junction != Junction.None && _junction != junction)
        {
            var used = _junction == Junction.All ? "And" : "Or";
            var wanted = junction == Junction.All ? "And" : "Or";
            throw new SegmentationException(
                $"This chain already joins its criteria with {used}, so {wanted} cannot follow: mixing them would need a precedence rule. "
                + $"Make the grouping explicit, e.g. .{used}(g => g.Where(...).{wanted}(...)), or start with AnyOf(...)/AllOf(...).",
                wanted);
        }
    }

    internal void Append(Criterion criterion, Junction junction)
    {
        CheckJoin(junction);
        if (junction != Junction.None)
        {
            _junction = junction;
        }

        _items.Add(criterion);
    }

    /// <summary>The criteria so far: the only one, or an all/any of them in the order written.</summary>
    internal Criterion ToCriterion() => _items.Count switch
    {
        1 => _items[0],
        _ when _junction == Junction.Any => new AnyCriterion(_items),
        _ => new AllCriterion(_items),
    };
}
