using Segmentation.Definitions;
using Segmentation.Privacy;

namespace Segmentation.CustomerTypes;

/// <summary>The small-cell rule over the run's counts.</summary>
public sealed partial class CustomerTypeRun
{
    /// <summary>
    /// Decides which of the run's figures a report may show under the small-cell rule. The
    /// groupings published together are the types and whether each customer ever ordered, so that
    /// no difference between them gives a small group back.
    /// </summary>
    /// <param name="rule">The rule, e.g. <see cref="SmallCellSuppression.Default"/>.</param>
    /// <returns>
    /// The suppressed groups: read a type with <see cref="IsTypeSuppressed"/>; the last grouping is
    /// whether the customer ordered (key 0) or never did (key 1).
    /// </returns>
    public SuppressedGroups Suppress(SmallCellSuppression rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var groupings = new List<ReadOnlyMemory<int>>();
        if (Mode == SegmentSetMode.FirstMatch)
        {
            groupings.Add(_memberships.Select(m => m.MinIndex).ToArray());
        }
        else
        {
            // Overlapping types do not partition the customers: each type is its own grouping, in or out.
            for (var type = 0; type < Names.Count; type++)
            {
                var t = type;
                groupings.Add(_memberships.Select(m => m.Contains(t) ? 1 : 0).ToArray());
            }
        }

        groupings.Add(_profiles.Select(p => p.OrderCount > 0 ? 0 : 1).ToArray());
        return rule.Apply(groupings);
    }

    /// <summary>Tells whether a type's count is suppressed in groups returned by <see cref="Suppress"/> for this run.</summary>
    /// <param name="groups">What <see cref="Suppress"/> returned.</param>
    /// <param name="type">The type's index in <see cref="Names"/>.</param>
    /// <returns><see langword="true"/> when the type's count must not be shown.</returns>
    public bool IsTypeSuppressed(SuppressedGroups groups, int type)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfNegative(type);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(type, Names.Count);
        return groups.IsPopulationSuppressed || (Mode == SegmentSetMode.FirstMatch ? groups.IsSuppressed(0, type) : groups.IsSuppressed(type, 1));
    }
}
