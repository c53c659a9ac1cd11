namespace Segmentation.Privacy;

/// <summary>
/// Primary and secondary suppression over atoms: the smallest cells the groupings define (customers
/// with the same key in every grouping). Every published group is a sum of atoms, so "can totals and
/// differences give a hidden group back" is "is its atom vector in the span of the published ones".
/// </summary>
internal sealed partial class SuppressionSolver
{
    private readonly SmallCellSuppression _rule;
    private readonly long[] _atomCounts;
    private readonly int[][] _atomKeys;     // [grouping][atom] -> key or -1
    private readonly Group[] _groups;       // every non-empty group, the population last
    private readonly int[][] _groupIndex;   // [grouping][key] -> index into _groups, or -1
    private readonly bool[] _suppressed;
    private readonly bool[] _primary;

    private SuppressionSolver(SmallCellSuppression rule, long[] atomCounts, int[][] atomKeys)
    {
        _rule = rule;
        _atomCounts = atomCounts;
        _atomKeys = atomKeys;
        var groups = new List<Group>();
        _groupIndex = new int[atomKeys.Length][];
        for (var g = 0; g < atomKeys.Length; g++)
        {
            var keyCount = 0;
            foreach (var key in atomKeys[g])
            {
                keyCount = Math.Max(keyCount, key + 1);
            }

            var members = new List<int>[keyCount];
            for (var a = 0; a < atomCounts.Length; a++)
            {
                var key = atomKeys[g][a];
                if (key >= 0)
                {
                    (members[key] ??= []).Add(a);
                }
            }

            _groupIndex[g] = new int[keyCount];
            for (var k = 0; k < keyCount; k++)
            {
                _groupIndex[g][k] = members[k] is null ? -1 : groups.Count;
                if (members[k] is { } atoms)
                {
                    groups.Add(new Group(g, k, [.. atoms], atoms.Sum(a => atomCounts[a])));
                }
            }
        }

        groups.Add(new Group(-1, 0, [.. Enumerable.Range(0, atomCounts.Length)], atomCounts.Sum()));
        _groups = [.. groups];
        _suppressed = new bool[_groups.Length];
        _primary = new bool[_groups.Length];
    }

    private int Population => _groups.Length - 1;

    public static SuppressionSolver FromCounts(SmallCellSuppression rule, ReadOnlySpan<long> counts)
    {
        var atomCounts = new List<long>();
        var keys = new List<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                atomCounts.Add(counts[i]);
                keys.Add(i);
            }
        }

        return new SuppressionSolver(rule, [.. atomCounts], [[.. keys]]) { KeyCounts = [counts.Length] };
    }

    public static SuppressionSolver FromCustomers(SmallCellSuppression rule, IReadOnlyList<ReadOnlyMemory<int>> groupings)
    {
        var n = groupings.Count == 0 ? 0 : groupings[0].Length;
        var atomOf = new int[n];
        var atoms = 1;
        for (var g = 0; g < groupings.Count; g++)
        {
            var keys = groupings[g].Span;
            if (keys.Length != n)
            {
                throw new ArgumentException($"Every grouping needs one key per customer, but grouping {g} has {keys.Length} keys and grouping 0 has {n}.", nameof(groupings));
            }

            // An atom is the pair (atom so far, key in this grouping), numbered as first seen.
            var next = new Dictionary<long, int>();
            for (var i = 0; i < n; i++)
            {
                if (keys[i] < -1)
                {
                    throw new ArgumentException($"Grouping {g} gives customer {i} the key {keys[i]}; use 0 or more for a group, or -1 for no group.", nameof(groupings));
                }

                var pair = ((long)atomOf[i] << 32) | (uint)(keys[i] + 1);
                if (!next.TryGetValue(pair, out var atom))
                {
                    atom = next.Count;
                    next.Add(pair, atom);
                }

                atomOf[i] = atom;
            }

            atoms = next.Count;
        }

        var counts = new long[n == 0 ? 0 : atoms];
        var atomKeys = new int[groupings.Count][];
        for (var g = 0; g < groupings.Count; g++)
        {
            atomKeys[g] = new int[counts.Length];
        }

        for (var i = 0; i < n; i++)
        {
            counts[atomOf[i]]++;
            for (var g = 0; g < groupings.Count; g++)
            {
                atomKeys[g][atomOf[i]] = groupings[g].Span[i];
            }
        }

        var keyCounts = new int[groupings.Count];
        for (var g = 0; g < groupings.Count; g++)
        {
            foreach (var key in groupings[g].Span)
            {
                keyCounts[g] = Math.Max(keyCounts[g], key + 1);
            }
        }

        return new SuppressionSolver(rule, counts, atomKeys) { KeyCounts = keyCounts };
    }

    private int[] KeyCounts { get; init; } = [];

    /// <summary>
    /// Groups another table published beside these already decided: <paramref name="hidden"/> ones
    /// are suppressed here too, <paramref name="shown"/> ones are published and never picked as
    /// secondary suppressions (they would stay visible over there).
    /// </summary>
    public SuppressionSolver Given(Func<int, int, bool> hidden, Func<int, int, bool> shown)
    {
        _forced = hidden;
        _fixed = shown;
        return this;
    }

    private Func<int, int, bool>? _forced;
    private Func<int, int, bool>? _fixed;

    private bool IsFixed(int group) => _fixed is { } f && _groups[group].Grouping >= 0 && f(_groups[group].Grouping, _groups[group].Key);

    public SuppressedGroups Solve()
    {
        var population = _groups[Population].Count;
        if (_rule.IsEnabled && population > 0)
        {
            var all = population < _rule.MinGroupSize;
            for (var i = 0; i < _groups.Length; i++)
            {
                _suppressed[i] = _primary[i] = all || _rule.IsSmall(_groups[i].Count)
                    || (_forced is { } forced && _groups[i].Grouping >= 0 && forced(_groups[i].Grouping, _groups[i].Key));
            }

            if (!all && _suppressed.Any(s => s))
            {
                do
                {
                    ApplyLineRule();
                }
                while (AuditExactly());
            }
        }

        var flags = new bool[KeyCounts.Length][];
        for (var g = 0; g < flags.Length; g++)
        {
            flags[g] = new bool[KeyCounts[g]];
            for (var k = 0; k < Math.Min(KeyCounts[g], _groupIndex[g].Length); k++)
            {
                flags[g][k] = _groupIndex[g][k] >= 0 && _suppressed[_groupIndex[g][k]];
            }
        }

        var primary = 0;
        var secondary = 0;
        for (var i = 0; i < Population; i++)
        {
            primary += _primary[i] ? 1 : 0;
            secondary += _suppressed[i] && !_primary[i] ? 1 : 0;
        }

        return new SuppressedGroups(_rule, flags, _suppressed[Population], primary, secondary);
    }

    private readonly record struct Group(int Grouping, int Key, int[] Atoms, long Count);
}
